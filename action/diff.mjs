// On a pull request: compares the roadmaps with the pull request's base commit, writes the
// comment text (Markdown) and a picture of each changed roadmap, and adds the text to the
// job summary. The comment itself is posted by comment.mjs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendSummary, command, env, roadmapkit, setOutput, splitList } from './lib.mjs';

const event = JSON.parse(readFileSync(env('GITHUB_EVENT_PATH'), 'utf8'));
const base = event.pull_request?.base?.sha;
if (typeof base !== 'string' || !/^[0-9a-f]{40}$/.test(base)) {
  command('warning', 'no pull request base commit in the event: the diff is skipped');
  process.exit(0);
}
// A shallow checkout lacks the base commit: fetch just that one.
const git = (...args) => spawnSync('git', args, { stdio: ['ignore', 'ignore', 'inherit'] }).status;
if (
  git('cat-file', '-e', `${base}^{commit}`) !== 0 &&
  git('fetch', '--no-tags', '--depth=1', 'origin', base) !== 0
) {
  command('warning', `cannot fetch the base commit ${base}: the diff is skipped`);
  process.exit(0);
}
const dir = join(env('ROADMAPKIT_OUT', join(env('RUNNER_TEMP', '/tmp'), 'roadmapkit-out')), 'diff');
mkdirSync(dir, { recursive: true });
const paths = splitList(env('ROADMAPKIT_PATHS', '.'));
const compare = (...args) =>
  roadmapkit(['diff', '--git', base, ...paths, ...args], { capture: true });

const json = compare('--format', 'json');
if (json.code > 1) process.exit(json.code);
const report = JSON.parse(json.stdout);
const changed = report.files.filter(
  (file) => file.status !== 'unchanged' && file.status !== 'invalid',
);
const markdown = compare('--format', 'md').stdout;
const commentFile = join(dir, 'comment.md');
writeFileSync(commentFile, markdown);
appendSummary(markdown);

const pictures = [];
if (changed.length > 0) {
  const drawn = compare(
    '--format',
    'png',
    '--out-dir',
    dir,
    '--theme',
    env('ROADMAPKIT_THEME', 'light') === 'dark' ? 'dark' : 'light',
    '--width',
    '1200',
  );
  if (drawn.code === 0) {
    for (const file of changed) {
      const name = `${file.file.replace(/^[./]+/, '').replace(/\.(ya?ml|json)$/, '')}.diff.png`;
      pictures.push(`${file.file}=${join(dir, name)}`);
    }
  } else command('warning', 'the diff pictures could not be drawn');
}
setOutput('dir', dir);
setOutput('comment', commentFile);
setOutput('pictures', pictures.join('\n'));
