// Renders the roadmap files in the chosen formats into one folder, uploaded as one artifact.
// A file that cannot render is already reported by the validate step.
import { join } from 'node:path';
import { command, env, roadmapkit, setOutput, splitList } from './lib.mjs';

const dir = join(env('RUNNER_TEMP', '/tmp'), 'roadmapkit-out');
const formats = splitList(env('ROADMAPKIT_FORMATS')).join(',');
const args = [
  'render',
  ...splitList(env('ROADMAPKIT_PATHS', '.')),
  '--out-dir',
  dir,
  '--format',
  formats,
  '--theme',
  env('ROADMAPKIT_THEME', 'light'),
];
const { code } = roadmapkit(args);
if (code > 1) process.exit(code);
if (code === 1) command('warning', 'some roadmaps could not be rendered (see the validate step)');
setOutput('dir', dir);
