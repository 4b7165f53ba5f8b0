// One render at the documented limits must stay below 1 GB of peak RSS. The biggest valid
// input: 5,000 nodes (the node limit: 500 topics with 9 subtopics each), every label at the
// 300-character limit, checked valid first, then rendered to PNG in a fresh process with the
// default pixel budget (40 megapixels): its canvas (about 960 × 494,000 px) is far over the
// budget, refused from the layout's canvas size before any SVG is drawn, so this measures
// what it costs to get that far (and the layout alone, as JSON). Then the biggest PNG that is
// drawn: 5,000 short-label nodes (a ~70-megapixel canvas, drawn in bands) with the largest
// budget --max-megapixels allows (250).
// Each figure is the median of RUNS runs (default 3).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, summarize, timedCli } from './cli-process.mjs';

const work = mkdtempSync(join(tmpdir(), 'roadmapkit-limits-'));
const RUNS = Number(process.env.RUNS ?? 3);
const LIMIT_MB = 1024;

function measure(args) {
  const all = Array.from({ length: RUNS }, () => {
    const run = timedCli(work, args);
    return { ...run, line: run.stdout.split('\n').find((l) => /^✖ \w+\.yaml:/.test(l)) ?? '' };
  });
  return summarize(all);
}

// A 300-character label of words (so it wraps, as real labels do).
const label = (n) => `Label ${n} ${'wide words '.repeat(40)}`.slice(0, 300).trim();
const lines = [];
for (let t = 0; t < 500; t++) {
  const subs = Array.from({ length: 9 }, (_, s) => `{ id: s${t}x${s}, label: "${label(s)}" }`);
  lines.push(`  - { id: t${t}, label: "${label(t)}", subtopics: [${subs.join(', ')}] }`);
}
writeFileSync(
  join(work, 'big.yaml'),
  `schemaVersion: 1\nid: big\ntitle: Big\ntopics:\n${lines.join('\n')}\n`,
);
const short = [];
for (let t = 0; t < 500; t++) {
  const subs = Array.from({ length: 9 }, (_, s) => `{ id: s${t}x${s}, label: Sub ${t}.${s} }`);
  short.push(`  - { id: t${t}, label: Topic ${t}, subtopics: [${subs.join(', ')}] }`);
}
writeFileSync(
  join(work, 'wide.yaml'),
  `schemaVersion: 1\nid: wide\ntitle: Wide\ntopics:\n${short.join('\n')}\n`,
);
const valid = spawnSync(process.execPath, [bin, 'validate', 'big.yaml', '--quiet'], {
  cwd: work,
  encoding: 'utf8',
});
const bytes = statSync(join(work, 'big.yaml')).size;
console.log(
  `limits: 5,000 nodes, 300-character labels, ${(bytes / 1024 / 1024).toFixed(2)} MB (limit 5 MB): validate exit ${valid.status}; PNG in a fresh process, median of ${RUNS} runs`,
);
for (const [name, file, format, extra] of [
  ['300-char labels, layout only', 'big', 'json', []],
  ['300-char labels, 40 MP', 'big', 'png', []],
  ['short labels, 250 MP', 'wide', 'png', ['--max-megapixels', '250']],
]) {
  const r = measure([
    'render',
    `${file}.yaml`,
    '--format',
    format,
    '--out-dir',
    'out',
    '--jobs',
    '1',
    '--timeout',
    '1800',
    ...extra,
  ]);
  const size =
    r.code === 0
      ? `${(readFileSync(join(work, `out/${file}.${format}`)).length / 1e6).toFixed(1)} MB ${format.toUpperCase()}`
      : r.line;
  console.log(
    `  ${name.padEnd(24)} ${r.seconds.toFixed(2).padStart(7)} s ${r.mb.toFixed(0).padStart(5)} MB peak RSS (${r.mb < LIMIT_MB ? 'under' : 'OVER'} the ${LIMIT_MB} MB bar)  exit ${r.code}  ${size}`,
  );
}
rmSync(work, { recursive: true, force: true });
