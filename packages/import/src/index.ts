export { fromBalsamiq } from './balsamiq/from-balsamiq.js';
export { detectFormat, type SourceFormat } from './detect-format.js';
export {
  IMPORT_ISSUE_CODES,
  type ImportIssue,
  type ImportIssueCode,
  type ImportPath,
} from './import-issue.js';
export type { ImportOptions, ImportResult, RoadmapShOptions } from './options.js';
export { fromRoadmapSh } from './roadmapsh/from-roadmapsh.js';
export { toJson, toYaml } from './serialize.js';
export { version } from './version.js';
