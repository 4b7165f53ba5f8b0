// The CLI's figures: cold render to PNG, --help, and a 60-file batch at --jobs 1 and 2.
// Every timing is a whole process, wall clock, as a user or CI job sees it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, median, timedBatch } from './cli-process.mjs';

const backend = join(import.meta.dirname, '../../../examples/backend/roadmap.yaml');
const work = mkdtempSync(join(tmpdir(), 'roadmapkit-bench-'));

function wall(args, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });
    samples.push(performance.now() - start);
    if (run.status !== 0)
      throw new Error(`roadmapkit ${args.join(' ')} failed: ${run.stderr || run.stdout}`);
  }
  return median(samples);
}

/** A valid roadmap of `topics` × (1 + `perTopic`) nodes with varied labels (deterministic). */
function roadmap(n, topics, perTopic) {
  const words = [
    'data',
    'network',
    'service',
    'cache',
    'queue',
    'index',
    'schema',
    'token',
    'stream',
    'model',
  ];
  const lines = [`schemaVersion: 1`, `id: batch-${n}`, `title: Generated roadmap ${n}`, 'topics:'];
  for (let t = 0; t < topics; t++) {
    lines.push(`  - id: t${t}`, `    label: ${words[(t + n) % 10]} topic ${t}`, '    subtopics:');
    for (let s = 0; s < perTopic; s++) {
      const label = `${words[(s * 3 + t + n) % 10]} ${words[(s + 7 * t) % 10]} ${s}`;
      lines.push(
        `      - { id: t${t}s${s}, label: ${label}, side: ${s % 2 === 0 ? 'left' : 'right'} }`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

console.log(`cli: whole processes, wall clock (median), ${availableParallelism()} cores`);
console.log(
  `  roadmapkit --help                          ${wall(['--help'], 10).toFixed(0).padStart(6)} ms   target ≤ 150 ms`,
);
console.log(
  `  validate backend example                   ${wall(['validate', backend], 5).toFixed(0).padStart(6)} ms`,
);
console.log(
  `  render backend example -o out.png (cold)   ${wall(['render', backend, '-o', 'out.png'], 5).toFixed(0).padStart(6)} ms   target ≤ 1200 ms`,
);

const maps = join(work, 'maps');
mkdirSync(maps);
for (let i = 0; i < 60; i++) writeFileSync(join(maps, `m${i}.roadmap.yaml`), roadmap(i, 15, 9));
const batch = (jobs) => timedBatch(work, jobs).ms / 1000;
const one = batch(1);
const two = batch(2);
console.log(`  batch of 60 × 150-node roadmaps to SVG + PNG:`);
console.log(`    --jobs 1  ${one.toFixed(1).padStart(6)} s`);
console.log(`    --jobs 2  ${two.toFixed(1).padStart(6)} s   target ≤ 30 s`);
console.log(`    speed-up  ${(one / two).toFixed(2).padStart(6)}×   target ≥ 1.6×`);
rmSync(work, { recursive: true, force: true });
