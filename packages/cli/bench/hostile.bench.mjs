// The hostile corpus, file by file, through `validate` and `render` in fresh processes:
// wall time and peak RSS of each, and the slowest case. Limits: 5 s and 1 GB per file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../test/fixtures/hostile-corpus.mjs';
import { timedCli } from './cli-process.mjs';

const work = mkdtempSync(join(tmpdir(), 'roadmapkit-hostile-'));
const cases = writeCorpus(join(work, 'corpus'));

const rows = [];
for (const item of cases) {
  const file = `corpus/${item.name}`;
  rows.push({ name: item.name, command: 'validate', ...timedCli(work, ['validate', file]) });
  rows.push({
    name: item.name,
    command: 'render',
    ...timedCli(work, ['render', file, '--out-dir', 'out', '--format', 'svg,png']),
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
