// The reader page for the backend example: its size, and how soon headless Chromium paints
// it with the picture (first contentful paint, and the script ready), medians of fresh pages.
// The page draws its picture in two parts: the opening part (the top, as far as a phone and a
// 1080-px desktop open on) and the rest over it. It holds its first paint until the opening
// part is read and opened at its view (`<link rel="expect" blocking="render">` on the rest),
// so the first contentful paint is the first paint of the picture's opening view, counted
// from the navigation; the rest and the content below show once that paint is on screen.
// Each page opens in a fresh tab (its own renderer process) of one browser window, as a reader
// opens a link in a new tab: a new window per page made headless Chromium load its omnibox
// popup (a WebUI renderer) alongside every page, on the same two cores.
// On a shared machine the times swing with its load: each round also opens the picture alone
// (the SVG in an empty page, no script, no page styles), as a floor to read the page against.
// `node bench/reader.bench.mjs --against OTHER.html` also opens another page in each round
// (say, the page an earlier build wrote), to compare the two under the same load.
// Run through `pnpm bench` (after a build); targets: < 400 KB, first paint < 300 ms.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { parseRoadmap } from '@roadmapkit/schema';
import { chromium } from 'playwright-core';
import { embeddedFontCss, renderHtml, renderSvg } from '../dist/index.js';

const CHROMIUM = '/usr/bin/chromium';
const flag = process.argv.indexOf('--against');
const against = flag > 0 ? resolve(process.argv[flag + 1] ?? '') : undefined;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const doc = parseRoadmap(
  readFileSync(join(import.meta.dirname, '../../../examples/backend/roadmap.yaml'), 'utf8'),
).value;
// The page `roadmapkit render --format html` writes: the picture's fonts as WOFF2 subsets,
// cut to cover the page's own text too. Built first without fonts, then with them: the cost
// of the fonts (the first build loads HarfBuzz's WebAssembly; then warm medians).
const measurer = createMeasurer();
const positioned = await layoutRoadmap(doc, { measurer });
const picture = async (fonts) =>
  renderSvg(positioned, {
    roadmap: doc,
    theme: 'auto',
    measurer,
    ...(fonts ? { fontFaceCss: await embeddedFontCss(positioned, { measurer, page: doc }) } : {}),
    contentHref: (id) => `#topic-${id}`,
  });
const build = async (fonts) => renderHtml(doc, { svg: await picture(fonts) });
const timed = async (fonts) => {
  const start = performance.now();
  const page = await build(fonts);
  return { page, ms: performance.now() - start };
};
const firstPlain = await timed(false);
const first = await timed(true);
const html = first.page;
const warm = { plain: [], fonts: [] };
for (let i = 0; i < 5; i++) {
  warm.plain.push((await timed(false)).ms);
  warm.fonts.push((await timed(true)).ms);
}
const bytes = Buffer.byteLength(html);
const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
const fonts = [...html.matchAll(/url\(data:font\/[^)]*\)/g)].reduce((n, m) => n + m[0].length, 0);
console.log(`reader page: backend example (load average ${loadavg()[0].toFixed(1)})`);
console.log(`  size                ${(bytes / 1024).toFixed(1).padStart(7)} KB   target < 400 KB`);
console.log(`    of which fonts    ${(fonts / 1024).toFixed(1).padStart(7)} KB`);
console.log(
  `    of which script   ${(Buffer.byteLength(script) / 1024).toFixed(1).padStart(7)} KB`,
);
console.log(
  `  page build, no fonts   ${firstPlain.ms.toFixed(0).padStart(5)} ms first, ${median(warm.plain).toFixed(0)} ms warm (median of 5)`,
);
console.log(
  `  page build, with fonts ${first.ms.toFixed(0).padStart(5)} ms first, ${median(warm.fonts).toFixed(0)} ms warm: the fonts cost ${(first.ms - firstPlain.ms).toFixed(0)} ms first, ${(median(warm.fonts) - median(warm.plain)).toFixed(0)} ms warm`,
);

if (!existsSync(CHROMIUM)) {
  console.log(`  (no ${CHROMIUM}: paint times not measured)`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'roadmapkit-reader-bench-'));
  const file = join(dir, 'backend.html');
  writeFileSync(file, html);
  const floorFile = join(dir, 'picture.html');
  const svg = (await picture(true)).replace(/^<\?xml[^>]*>\s*/, '');
  writeFileSync(floorFile, `<!doctype html><meta charset="utf-8"><body style="margin:0">${svg}`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  // The paint entry comes with the frame's presentation, which a busy machine can deliver
  // after the script is ready: wait for it (its time is when it was shown).
  const firstPaint = () =>
    new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) {
          observer.disconnect();
          resolve(entry.startTime);
        }
      }).observe({ type: 'paint', buffered: true });
    });
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const paint = [];
    const ready = [];
    const floor = [];
    const other = [];
    const browserWindow = await browser.newContext({ viewport });
    // The page and the picture alone (and the other page) take turns: all see the same load.
    for (let i = 0; i < 11; i++) {
      const page = await browserWindow.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('html.rk-ready');
      const readyAt = await page.evaluate(() => performance.now());
      const fcp = await page.evaluate(firstPaint);
      await page.close();
      const alone = await browserWindow.newPage();
      await alone.goto(pathToFileURL(floorFile).href);
      const floorFcp = await alone.evaluate(firstPaint);
      await alone.close();
      if (against) {
        const page = await browserWindow.newPage();
        await page.goto(pathToFileURL(against).href);
        const fcp = await page.evaluate(firstPaint);
        await page.close();
        if (i > 0) other.push(fcp);
      }
      if (i > 0) {
        paint.push(fcp);
        ready.push(readyAt);
        floor.push(floorFcp);
      }
    }
    await browserWindow.close();
    console.log(
      `  ${viewport.width} px: first contentful paint ${median(paint).toFixed(0).padStart(4)} ms   target < 300 ms; script ready by ${median(ready).toFixed(0)} ms`,
    );
    console.log(
      `          the picture alone   ${median(floor).toFixed(0).padStart(4)} ms   (the page takes ${(median(paint) / median(floor)).toFixed(2)}× as long)`,
    );
    if (against)
      console.log(
        `          ${basename(against).padEnd(19)} ${median(other).toFixed(0).padStart(4)} ms   (${(median(other) / median(floor)).toFixed(2)}× the picture alone)`,
      );
  }
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
