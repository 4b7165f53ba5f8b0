// Shapes that could make time or memory grow faster than the input, each rendered to SVG in a
// fresh process (parse, layout, draw): wall time and peak RSS, next to a plain roadmap of the
// same size. The bar: each within 10× its plain twin. Each figure is the median of RUNS runs
// (default 3; `RUNS=5 pnpm bench`), so one slow moment of a shared machine does not decide it.
//   - one 20,000-character word in a paragraph (text wrapping)
//   - a 5,000-node grid: a roadmap.sh editor file (10 boxes a row, topic→subtopic edges), imported
//   - 300 topics with 1,000 explicit edges (edge routing)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, summarize, timedCli } from './cli-process.mjs';

const work = mkdtempSync(join(tmpdir(), 'roadmapkit-scale-'));

const RUNS = Number(process.env.RUNS ?? 3);

/** Runs one CLI process under GNU time: wall seconds, peak RSS in MB, exit code, failure. */
function once(args) {
  const run = timedCli(work, args);
  const failure =
    run.code === 0
      ? ''
      : ` (${run.stdout.split('\n').find((l) => l.startsWith('✖')) ?? run.stderr.split('\n')[0]})`;
  return { ...run, failure };
}

/** The median time and median peak RSS of RUNS runs (the last run's exit code and failure). */
function measure(args, runs = RUNS) {
  return summarize(Array.from({ length: runs }, () => once(args)));
}

const head = (id) => `schemaVersion: 1\nid: ${id}\ntitle: ${id}\n`;
const yaml = (name, text) => writeFileSync(join(work, name), text);

// A plain roadmap of n nodes: topics with `per` subtopics each.
function plain(name, topics, per, extra = '') {
  const lines = [];
  for (let t = 0; t < topics; t++) {
    const subs = Array.from({ length: per }, (_, s) => `{ id: s${t}x${s}, label: Sub ${t}.${s} }`);
    lines.push(
      `  - { id: t${t}, label: Topic ${t}${per ? `, subtopics: [${subs.join(', ')}]` : ''} }`,
    );
  }
  yaml(name, `${head(name.replace(/\W/g, '-'))}topics:\n${lines.join('\n')}\n${extra}`);
}

// 1. One long word.
yaml(
  'long-word.yaml',
  `${head('long-word')}topics: [{ id: t, label: T }]\nelements: [{ kind: paragraph, id: p, near: t, text: "${'w'.repeat(20_000)}" }]\n`,
);
yaml(
  'short-words.yaml',
  `${head('short-words')}topics: [{ id: t, label: T }]\nelements: [{ kind: paragraph, id: p, near: t, text: "${'word '.repeat(4_000).trim()}" }]\n`,
);

// 2. A roadmap.sh editor file: 500 topics in a column, each with 9 subtopics, 10 boxes a row.
const nodes = [];
const edges = [];
for (let row = 0; row < 500; row++) {
  const topic = `t${row}`;
  nodes.push({
    id: topic,
    type: 'topic',
    position: { x: 0, y: row * 60 },
    width: 160,
    height: 40,
    data: { label: `Topic ${row}` },
  });
  for (let col = 1; col < 10; col++) {
    const id = `s${row}x${col}`;
    nodes.push({
      id,
      type: 'subtopic',
      position: { x: col * 180, y: row * 60 },
      width: 160,
      height: 40,
      data: { label: `Sub ${row}.${col}` },
    });
    edges.push({
      id: `e${row}x${col}`,
      source: topic,
      sourceHandle: 'z2',
      target: id,
      targetHandle: 'y1',
      data: { edgeStyle: 'dashed' },
    });
  }
}
writeFileSync(join(work, 'grid.json'), JSON.stringify({ nodes, edges }));
const imported = measure(['import', 'grid.json', '-o', 'grid.roadmap.yaml', '--format', 'yaml']);
plain('plain-5000.yaml', 500, 9);

// 3. 300 topics with 1,000 explicit edges between them.
const extra = Array.from({ length: 1_000 }, (_, i) => {
  const from = i % 300;
  const to = (from + 1 + ((i * 7) % 50)) % 300;
  return `  - { from: t${from}, to: t${to === from ? (to + 1) % 300 : to}, style: dotted }`;
});
plain('edges-1000.yaml', 300, 0, `edges:\n${extra.join('\n')}\n`);
plain('plain-300.yaml', 300, 0);

const render = (file, runs = RUNS) =>
  measure(
    ['render', file, '--format', 'svg', '--out-dir', 'out', '--timeout', '900', '--jobs', '1'],
    runs,
  );
const pairs = [
  ['20,000-character word', 'long-word.yaml', 'short-words.yaml'],
  ['5,000-node grid (roadmap.sh import)', 'grid.roadmap.yaml', 'plain-5000.yaml'],
  ['300 topics, 1,000 edges', 'edges-1000.yaml', 'plain-300.yaml'],
];
console.log(
  `scale: render --format svg in a fresh process (parse, layout, draw), median of ${RUNS} runs, each case interleaved with its plain twin (in brackets)`,
);
console.log(
  `  import of the 5,000-node grid: ${imported.seconds.toFixed(2)} s ${imported.mb.toFixed(0)} MB exit ${imported.code}${imported.failure}`,
);
/**
 * Both sides of a pair in one run, interleaved (a, b, a, b…), so a busy moment of the machine
 * falls on both: the median of each side.
 */
function interleaved(file, twin) {
  const as = [];
  const bs = [];
  for (let i = 0; i < RUNS; i++) {
    as.push(render(file, 1));
    bs.push(render(twin, 1));
  }
  return [summarize(as), summarize(bs)];
}

// Wrapping alone, in this process: the 20,000-character word and its twin of short words,
// each wrapped to a paragraph's width with the CLI's measurer (median of 9, after a warm-up).
const { createMeasurer } = await import('@roadmapkit/fonts');
const measurer = createMeasurer(undefined, { fontFiles: [] });
const wrapMs = (text) => {
  measurer.wrapText(text, { size: 16, maxWidth: 360 });
  const times = [];
  let lines = 0;
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    lines = measurer.wrapText(text, { size: 16, maxWidth: 360 }).lines.length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), lines };
};
const word = wrapMs('w'.repeat(20_000));
const words = wrapMs('word '.repeat(4_000).trim());
console.log(
  `  wrapping one 20,000-character word to 360 px: ${word.ms.toFixed(1)} ms, ${word.lines} lines   [20,000 characters of short words ${words.ms.toFixed(1)} ms, ${words.lines} lines]   ${(word.ms / words.ms).toFixed(1)}× (bar: milliseconds)`,
);
for (const [label, file, twin] of pairs) {
  const [a, b] = interleaved(file, twin);
  console.log(
    `  ${label.padEnd(36)} ${a.seconds.toFixed(2).padStart(6)} s ${a.mb.toFixed(0).padStart(5)} MB exit ${a.code}${a.failure}   [plain ${b.seconds.toFixed(2)} s ${b.mb.toFixed(0)} MB exit ${b.code}${b.failure}]   time ${(a.seconds / b.seconds).toFixed(1)}×, memory ${(a.mb / b.mb).toFixed(1)}× (bar 10×)`,
  );
}
rmSync(work, { recursive: true, force: true });
