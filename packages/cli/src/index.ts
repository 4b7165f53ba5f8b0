export { EXIT, UsageError } from './errors.js';
export { expandInputs, type Input, ROADMAP_FILE_PATTERNS } from './expand-inputs.js';
export type { CliIo } from './io.js';
export { HELP, main } from './main.js';
export { version } from './version.js';
