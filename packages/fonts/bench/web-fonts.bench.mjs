// biome-ignore-all lint/suspicious/noConsole: a benchmark script prints its results.
// The web fonts of a page: each font of the measurer's chain that draws the text, cut to its
// characters by hb-subset and packed as WOFF2 (what `fontFaceCss` and the reader page embed).
// For the backend example's text (Inter regular and bold, TTF) and the Chinese example's text
// (Inter and Noto Sans SC slices, WOFF2 files unpacked first): the first call of the process
// (libraries loaded), then the median of 7 warm calls, at this package's Brotli quality and
// at 11 (the woff2 tool's default), with the bytes each makes.
// Run after `pnpm run build`: node bench/web-fonts.bench.mjs
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMeasurer, subsetFontFile } from '../dist/index.js';

const woffBuild = createRequire(import.meta.url)('@napi-rs/woff-build');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const examples = join(import.meta.dirname, '../../../examples');

/** The fonts of the chain that draw `text`, each with its characters (as fontFaceCss cuts them). */
function fontsOf(measurer, text) {
  return ['regular', 'bold'].flatMap((weight) =>
    measurer
      .fontsForText(text, weight)
      .map((font) => ({ ...font, name: `${font.family} ${weight}` })),
  );
}

async function time(run) {
  const start = performance.now();
  const out = await run();
  return { ms: performance.now() - start, bytes: out.byteLength };
}

const rows = [];
for (const [example, locale] of [
  ['backend', undefined],
  ['chinese', 'zh-Hans'],
]) {
  const text = readFileSync(join(examples, example, 'roadmap.yaml'), 'utf8');
  const measurer = createMeasurer(undefined, locale ? { locale } : {});
  const fonts = fontsOf(measurer, text).map((font) => ({
    ...font,
    chars: [...new Set(font.text)].sort().join(''),
  }));
  // The first call of the process: hb-subset compiled, the woff2 library loaded.
  const first = fonts[0];
  const cold = first
    ? await time(() => subsetFontFile(first.bytes, first.chars, 'woff2'))
    : undefined;
  // Per family and weight (a CJK family comes in slices by Unicode range): files, ms, bytes.
  const groups = new Map();
  for (const font of fonts) {
    const ours = [];
    const best = [];
    let size = 0;
    let bestSize = 0;
    for (let i = 0; i < 7; i++) {
      const run = await time(() => subsetFontFile(font.bytes, font.chars, 'woff2'));
      ours.push(run.ms);
      size = run.bytes;
      const start = performance.now();
      const sfnt = await subsetFontFile(font.bytes, font.chars, 'sfnt');
      bestSize = woffBuild.convertTTFToWOFF2(sfnt, { brotliQuality: 11 }).byteLength;
      best.push(performance.now() - start);
    }
    const group = groups.get(font.name) ?? {
      files: 0,
      chars: 0,
      ms: 0,
      bytes: 0,
      bestMs: 0,
      bestBytes: 0,
    };
    group.files++;
    group.chars += [...font.chars].length;
    group.ms += median(ours);
    group.bytes += size;
    group.bestMs += median(best);
    group.bestBytes += bestSize;
    groups.set(font.name, group);
  }
  if (cold) rows.push(`  ${example}: first call of the process ${cold.ms.toFixed(0)} ms`);
  for (const [name, g] of groups)
    rows.push(
      `  ${`${example}: ${name}, ${g.files} file${g.files > 1 ? 's' : ''}, ${g.chars} chars`.padEnd(52)} ` +
        `${g.ms.toFixed(1).padStart(6)} ms ${String(g.bytes).padStart(7)} B   ` +
        `quality 11: ${g.bestMs.toFixed(1).padStart(6)} ms ${String(g.bestBytes).padStart(7)} B`,
    );
}
console.log('web fonts: subset + WOFF2, warm medians of 7 (this package, then Brotli quality 11)');
for (const row of rows) console.log(row);
