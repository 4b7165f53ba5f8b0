// Installs the pinned @roadmapkit/cli into the runner's temporary folder. A job that only
// validates (no formats, no pull request comment) leaves out the optional drawing packages,
// which keeps the install small.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { env, setOutput } from './lib.mjs';

const version = env('ROADMAPKIT_VERSION');
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  process.stdout.write(
    `::error title=roadmapkit::version must be an exact version such as 1.2.3, received "${version}"\n`,
  );
  process.exit(1);
}
const draws =
  env('ROADMAPKIT_FORMATS') !== '' ||
  (env('ROADMAPKIT_COMMENT') === 'true' && env('GITHUB_EVENT_NAME') === 'pull_request');
const prefix = join(env('RUNNER_TEMP', '/tmp'), 'roadmapkit');
const args = [
  'install',
  '--prefix',
  prefix,
  '--no-audit',
  '--no-fund',
  '--loglevel=error',
  ...(draws ? [] : ['--omit=optional']),
  `@roadmapkit/cli@${version}`,
];
const npm = env('ROADMAPKIT_NPM', 'npm');
process.stdout.write(`${npm} ${args.join(' ')}\n`);
const result = spawnSync(npm, args, { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
setOutput('bin', join(prefix, 'node_modules/@roadmapkit/cli/bin/roadmapkit.js'));
