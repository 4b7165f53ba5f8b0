// The hostile corpus, file by file, through `validate` and `render` in fresh processes:
// wall time and peak RSS of each, and the slowest case. Limits: 5 s and 1 GB per file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../test/fixtures/hostile-corpus.mjs';

const bin = join(import.meta.dirname, '../dist/bin.js');
const work = mkdtempSync(join(tmpdir(), 'roadmapkit-hostile-'));
const cases = writeCorpus(join(work, 'corpus'));

/** Runs one CLI process under GNU time: wall seconds and peak RSS in MB. */
function measure(args) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, ...args], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [seconds, kb] = run.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, mb: kb / 1024, code: run.status };
}

const rows = [];
for (const item of cases) {
  const file = `corpus/${item.name}`;
  rows.push({ name: item.name, command: 'validate', ...measure(['validate', file]) });
  rows.push({
    name: item.name,
    command: 'render',
    ...measure(['render', file, '--out-dir', 'out', '--format', 'svg,png']),
  });
}
console.log(
  `hostile corpus: ${cases.length} files, each through validate and render in a fresh process`,
);
for (const row of rows) {
  console.log(
    `  ${row.command.padEnd(8)} ${row.name.padEnd(34)} ${row.seconds.toFixed(2).padStart(5)} s ${row.mb.toFixed(0).padStart(6)} MB  exit ${row.code}`,
  );
}
const slowest = rows.reduce((a, b) => (b.seconds > a.seconds ? b : a));
const hungriest = rows.reduce((a, b) => (b.mb > a.mb ? b : a));
console.log(
  `  slowest: ${slowest.command} ${slowest.name} ${slowest.seconds.toFixed(2)} s   limit 5 s`,
);
console.log(
  `  peak RSS: ${hungriest.command} ${hungriest.name} ${hungriest.mb.toFixed(0)} MB   limit 1024 MB`,
);
rmSync(work, { recursive: true, force: true });
