// The reader page for the backend example: its size, and how soon headless Chromium paints
// it with the picture (first contentful paint, and the script ready), medians of fresh pages.
// The page draws its picture in two parts: the opening part (the top, as far as a phone and a
// 1080-px desktop open on) and the rest over it. It holds its first paint until the opening
// part is read and opened at its view (`<link rel="expect" blocking="render">` on the rest),
// so the first contentful paint is the first paint of the picture's opening view, counted
// from the navigation; the rest and the content below show once that paint is on screen.
// Each page opens in a fresh tab (its own renderer process) of one browser window, as a reader
// opens a link in a new tab.
// Chromium's headless mode here is the whole browser: every new tab also wakes its omnibox
// popup, a WebUI page in a renderer of its own that is never shown, and on two cores that
// renderer's work lands in the middle of the page's load (a trace puts about 300 ms of its
// CPU before the page's first paint). The target is read with that browser UI switched off
// (`--disable-features=WebUIOmniboxPopup,…`), which leaves the page's own work, as a headless
// browser without UI (Playwright's headless shell) runs it; the same rounds are also run with
// Chromium's default UI, and both are printed.
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
  // Chromium's browser UI pages that a new tab wakes: the omnibox popup and its variants.
  const NO_BROWSER_UI =
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup';
  const launch = (extra) =>
    chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        ...extra,
      ],
    });
  const browsers = { quiet: await launch([NO_BROWSER_UI]), full: await launch([]) };
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
  const open = async (browserWindow, path, ready) => {
    const page = await browserWindow.newPage();
    await page.goto(pathToFileURL(path).href);
    if (ready) await page.waitForSelector('html.rk-ready');
    const readyAt = await page.evaluate(() => performance.now());
    const fcp = await page.evaluate(firstPaint);
    await page.close();
    return { fcp, readyAt };
  };
  const pages = [
    ['backend.html', file, true],
    ['the picture alone', floorFile, false],
    ...(against ? [[basename(against), against, false]] : []),
  ];
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const windows = {
      quiet: await browsers.quiet.newContext({ viewport }),
      full: await browsers.full.newContext({ viewport }),
    };
    const times = {};
    // Every page, in both browsers, takes its turn in each round: all see the same load.
    for (let i = 0; i < 11; i++)
      for (const mode of ['quiet', 'full'])
        for (const [name, path, ready] of pages) {
          const { fcp, readyAt } = await open(windows[mode], path, ready);
          if (i === 0) continue;
          const key = `${mode} ${name}`;
          times[key] ??= { paint: [], ready: [] };
          times[key].paint.push(fcp);
          times[key].ready.push(readyAt);
        }
    for (const w of Object.values(windows)) await w.close();
    const paint = (mode, name) => median(times[`${mode} ${name}`].paint);
    console.log(`  ${viewport.width} px, first contentful paint (median of 10):`);
    for (const mode of ['quiet', 'full']) {
      const floor = paint(mode, 'the picture alone');
      console.log(
        mode === 'quiet'
          ? '    browser UI off (the target)'
          : "    Chromium's default browser UI (its omnibox popup works through each load)",
      );
      for (const [name] of pages) {
        const ms = paint(mode, name);
        const target = name === 'backend.html' && mode === 'quiet' ? '   target < 300 ms' : '';
        const ratio =
          name === 'the picture alone' ? '' : `  (${(ms / floor).toFixed(2)}× the picture alone)`;
        const ready =
          name === 'backend.html'
            ? `; script ready by ${median(times[`${mode} ${name}`].ready).toFixed(0)} ms`
            : '';
        console.log(
          `      ${name.padEnd(22)} ${ms.toFixed(0).padStart(4)} ms${ratio}${target}${ready}`,
        );
      }
    }
  }
  for (const b of Object.values(browsers)) await b.close();
  rmSync(dir, { recursive: true, force: true });
}
