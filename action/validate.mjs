// Validates the roadmap files. On the runner (GITHUB_ACTIONS=true) roadmapkit itself writes
// the annotations and the job summary; this step records the outcome, so rendering and the
// comment still run, and the last step of the action fails the job.
import { env, roadmapkit, setOutput, splitList } from './lib.mjs';

const failOn = env('ROADMAPKIT_FAIL_ON', 'error');
if (failOn !== 'error' && failOn !== 'warning') {
  process.stdout.write(
    `::error title=roadmapkit::fail-on must be error or warning, received "${failOn}"\n`,
  );
  process.exit(2);
}
const args = [
  'validate',
  ...splitList(env('ROADMAPKIT_PATHS', '.')),
  ...(failOn === 'warning' ? ['--strict'] : []),
];
const { code } = roadmapkit(args);
if (code > 1) process.exit(code);
setOutput('valid', code === 0 ? 'true' : 'false');
