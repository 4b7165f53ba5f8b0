// biome-ignore-all lint/suspicious/noConsole: a benchmark script prints its results.
// World text: PNG and PDF of the Chinese example (measurer warm, as the CLI shares it), a
// cold CLI render of the Chinese example to PNG, and the cold CLI render of the Latin backend
// example (the fallback chain is never built for it). Run through `pnpm bench` (after a build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { parseRoadmap } from '@roadmapkit/schema';
import { renderPdf, renderPng, renderSvg } from '../dist/index.js';

const examples = join(import.meta.dirname, '../../../examples');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const doc = parseRoadmap(readFileSync(join(examples, 'chinese/roadmap.yaml'), 'utf8')).value;
const measurer = createMeasurer(undefined, { locale: doc.locale });

let start = performance.now();
const positioned = await layoutRoadmap(doc, { measurer });
console.log(
  `  layout of examples/chinese, fonts loaded on first use: ${(performance.now() - start).toFixed(0)} ms`,
);
const svg = renderSvg(positioned, { roadmap: doc });
for (const [name, fn] of [
  ['PNG of examples/chinese', () => renderPng(svg, { measurer })],
  ['PDF of examples/chinese', () => renderPdf(svg, { measurer })],
]) {
  await fn();
  const samples = [];
  for (let i = 0; i < 5; i++) {
    start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    globalThis.gc?.();
  }
  console.log(`  ${name} (warm measurer): ${median(samples).toFixed(0)} ms (median of 5)`);
}
console.log(`  peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// Cold CLI renders, each in a fresh process (one worker): wall time.
const cli = join(import.meta.dirname, '../../cli/bin/roadmapkit.js');
const out = mkdtempSync(join(tmpdir(), 'roadmapkit-bench-'));
for (const [name, format] of [
  ['chinese', 'png'],
  ['backend', 'png'],
  ['backend', 'svg'],
]) {
  const samples = [];
  for (let i = 0; i < 3; i++) {
    start = performance.now();
    execFileSync(
      process.execPath,
      [
        cli,
        'render',
        join(examples, name, 'roadmap.yaml'),
        '--out-dir',
        out,
        '--format',
        format,
        '--jobs',
        '1',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    samples.push(performance.now() - start);
  }
  console.log(
    `  cold CLI render of examples/${name} to ${format.toUpperCase()}: ${median(samples).toFixed(0)} ms (median of 3)`,
  );
}
rmSync(out, { recursive: true, force: true });
