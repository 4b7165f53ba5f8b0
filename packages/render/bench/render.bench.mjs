// Render timings for the backend example (warm medians), and the peak RSS after each stage.
// Run through `pnpm bench` (node --expose-gc, after a build).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { parseRoadmap } from '@roadmapkit/schema';
import {
  embeddedFontCss,
  renderHtml,
  renderMarkdown,
  renderPdf,
  renderPng,
  renderPngAsync,
  renderSvg,
} from '../dist/index.js';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function time(fn, runs) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    // resvg and pdfkit hold native memory until a collection, and free it in a later turn of
    // the event loop: collect between runs and let the loop turn, so the peak is what one
    // render needs rather than what many uncollected ones add up to, and the next render
    // reuses the memory as it does in a process that does other work between renders.
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return median(samples);
}

const doc = parseRoadmap(
  readFileSync(join(import.meta.dirname, '../../../examples/backend/roadmap.yaml'), 'utf8'),
).value;
const measurer = createMeasurer();
const positioned = await layoutRoadmap(doc, { measurer });
const svg = renderSvg(positioned, { roadmap: doc });

const stages = [
  ['SVG', () => renderSvg(positioned, { roadmap: doc }), 20, 60],
  ['PNG scale 1', () => renderPng(svg, { scale: 1 }), 10, 250],
  ['PNG scale 2', () => renderPng(svg, { scale: 2 }), 6, 600],
  // As the CLI draws it: a canvas over 4 megapixels in bands (this one in two at scale 1).
  ['PNG scale 1, in bands', () => renderPngAsync(svg, { scale: 1 }), 10, 250],
  ['PDF', () => renderPdf(svg), 6, 500],
  [
    'SVG, fonts embedded',
    () => renderSvg(positioned, { roadmap: doc, embedFonts: true }),
    6,
    undefined,
  ],
  ['HTML page', () => renderHtml(doc, { svg }), 10, undefined],
  [
    // As `roadmapkit render --format html` makes it: the picture's and the page's text in
    // WOFF2 subsets, the picture in both themes.
    'HTML page with fonts',
    async () =>
      renderHtml(doc, {
        svg: renderSvg(positioned, {
          roadmap: doc,
          theme: 'auto',
          measurer,
          fontFaceCss: await embeddedFontCss(positioned, { measurer, page: doc }),
          contentHref: (id) => `#topic-${id}`,
        }),
      }),
    10,
    undefined,
  ],
  ['Markdown', () => renderMarkdown(doc), 20, undefined],
];
console.log(
  `render: backend example, ${positioned.width}×${positioned.height} px (median, warm; peak RSS so far)`,
);
console.log(`  after layout ${''.padStart(25)} ${peakMb().toFixed(0).padStart(5)} MB`);
for (const [name, fn, runs, target] of stages) {
  const ms = await time(fn, runs);
  const goal = target ? `target ≤ ${target} ms` : '';
  console.log(
    `  ${name.padEnd(22)} ${ms.toFixed(1).padStart(7)} ms ${peakMb().toFixed(0).padStart(8)} MB   ${goal}`,
  );
}
console.log(
  `  peak RSS of this benchmark process (${stages.reduce((n, s) => n + s[2] + 1, 0)} renders): ${peakMb().toFixed(0)} MB`,
);

// One render job as the CLI runs it, in a fresh process: parse, layout, SVG, PNG and PDF.
const job = (scale) => `
  const { readFileSync } = await import('node:fs');
  const { createMeasurer } = await import('@roadmapkit/fonts');
  const { layoutRoadmap } = await import('@roadmapkit/layout');
  const { parseRoadmap } = await import('@roadmapkit/schema');
  const { renderPdf, renderPng, renderSvg } = await import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)});
  const doc = parseRoadmap(readFileSync(${JSON.stringify(join(import.meta.dirname, '../../../examples/backend/roadmap.yaml'))}, 'utf8')).value;
  const svg = renderSvg(await layoutRoadmap(doc, { measurer: createMeasurer() }), { roadmap: doc });
  renderPng(svg, { scale: ${scale} });
  await renderPdf(svg);
  // VmHWM is this process's own high-water mark (ru_maxrss would carry the parent's over exec).
  const hwm = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1];
  process.stdout.write(String(Number(hwm) / 1024));
`;
for (const scale of [1, 2]) {
  const mb = Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', job(scale)], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
    }),
  );
  console.log(
    `  peak RSS, one job (SVG + PNG scale ${scale} + PDF) in a fresh process: ${mb.toFixed(0)} MB   target ≤ 300 MB`,
  );
}
