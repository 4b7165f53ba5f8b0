import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMeasurer } from '@roadmapkit/fonts';
import { checkLayoutInvariants, layoutRoadmap, type PositionedRoadmap } from '@roadmapkit/layout';
import type { RoadmapDocument } from '@roadmapkit/schema';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../src/pdf.js';
import { renderPng } from '../src/png.js';
import { renderSvg } from '../src/render-svg.js';
import { expectSafe } from './pipeline.js';
import { differingPixels } from './pixels.js';
import { documentFrom, example } from './sample.js';

const measurer = createMeasurer();

/** One label drawn alone on a white canvas, at 20 px. */
function labelSvg(text: string, x = 10): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40" viewBox="0 0 320 40"><rect width="320" height="40" fill="#ffffff"/><text font-size="20" font-weight="400" fill="#000000"><tspan x="${x}" y="28">${text}</tspan></text></svg>`;
}

/** The columns holding dark pixels: [first, last]. */
function inkColumns(png: Uint8Array): [number, number] {
  const image = PNG.sync.read(Buffer.from(png));
  let first = image.width;
  let last = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const darkest = Math.min(
        image.data[i] ?? 255,
        image.data[i + 1] ?? 255,
        image.data[i + 2] ?? 255,
      );
      if (darkest < 160) {
        first = Math.min(first, x);
        last = Math.max(last, x);
      }
    }
  }
  return [first, last];
}

describe.each([
  ['Chinese', '数据库设计', '网络请求与异步'],
  ['Japanese', '日本語を学ぶ', 'データベース'],
  ['Korean', '데이터베이스', '네트워크 요청'],
  ['Arabic', 'قواعد البيانات', 'تصميم الواجهات'],
  ['Hebrew', 'מסדי נתונים', 'עיצוב ממשקים'],
  ['Devanagari', 'डेटाबेस डिज़ाइन', 'क्षत्रिय हिन्दी'],
  ['Thai', 'ฐานข้อมูล', 'การออกแบบ'],
  ['emoji', '👩‍💻 ✅ 👉', '🇫🇷 #️⃣ 👍🏽'],
])('%s in PNG', (_, first, second) => {
  it('is drawn with real glyphs: two different labels rasterize differently, not as boxes', () => {
    const one = renderPng(labelSvg(first), { measurer });
    const two = renderPng(labelSvg(second), { measurer });
    expect(Buffer.from(one).equals(Buffer.from(two))).toBe(false);
    // Tofu is the same box for every character: the first label drawn as .notdef boxes
    // of the same count would look different from the real glyphs.
    expect(measurer.missingCharacters?.(first)).toEqual([]);
    expect(measurer.missingCharacters?.(second)).toEqual([]);
  });

  it('draws as wide as the measurer measured (within 2%, less the side bearings)', () => {
    const width = measurer.measureText(first, { size: 20 });
    const [left, right] = inkColumns(renderPng(labelSvg(first), { measurer }));
    const ink = right - left + 1;
    expect(left).toBeGreaterThanOrEqual(9);
    expect(ink).toBeLessThanOrEqual(width * 1.02 + 1);
    expect(ink).toBeGreaterThanOrEqual(width * 0.85);
  });
});

async function laidOut(
  name: string,
): Promise<{ doc: RoadmapDocument; positioned: PositionedRoadmap }> {
  const doc = example(name);
  const m = createMeasurer(undefined, doc.locale === undefined ? {} : { locale: doc.locale });
  return { doc, positioned: await layoutRoadmap(doc, { measurer: m }) };
}

describe.each(['chinese', 'arabic'])('examples/%s', (name) => {
  it('fits every label in its box and misses no character', async () => {
    const { positioned } = await laidOut(name);
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    expect(positioned.warnings.filter((w) => w.code === 'missing-glyph')).toEqual([]);
  });
});

describe('right-to-left labels', () => {
  it('are drawn from their right end with direction="rtl", aligned right in the legend', async () => {
    const { doc, positioned } = await laidOut('arabic');
    const svg = expectSafe(renderSvg(positioned, { roadmap: doc }));
    expect(svg).toMatch(/<svg[^>]* lang="ar"/);
    const legend = positioned.legend;
    const line = legend?.items[0]?.lines[0];
    if (!legend || !line) throw new Error('no legend');
    // Start-aligned: an LTR label starts after the badge; this RTL one ends at the right padding.
    const right = legend.box.x + legend.box.width;
    expect(right - (line.x + line.width)).toBeLessThan(16);
    expect(line.x - legend.box.x).toBeGreaterThan(right - (line.x + line.width));
    expect(svg).toContain(
      `x="${Math.round((line.x + line.width) * 100) / 100}" y="${Math.round(line.y * 100) / 100}" direction="rtl">`,
    );
  });

  it('puts Latin words of an Arabic label in their place in the PNG: "Python" right of the Arabic', () => {
    const png = renderPng(labelSvg('بايثون Python', 10), { measurer });
    const latinOnly = renderPng(labelSvg('Python', 10), { measurer });
    // In an LTR line the Arabic comes first, on the left: the Latin word is not at x = 10.
    const [leftAll] = inkColumns(png);
    const [leftLatin] = inkColumns(latinOnly);
    expect(leftAll).toBeLessThanOrEqual(leftLatin);
    const rtl = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40" viewBox="0 0 320 40"><rect width="320" height="40" fill="#ffffff"/><text font-size="20" font-weight="400" fill="#000000" direction="rtl"><tspan x="300" y="28">بايثون Python</tspan></text></svg>`;
    const [, right] = inkColumns(renderPng(rtl, { measurer }));
    // Anchored at its right end, x = 300.
    expect(right).toBeLessThanOrEqual(300);
    expect(right).toBeGreaterThan(290);
  });
});

const pdftotext = '/usr/bin/pdftotext';
describe.skipIf(!existsSync(pdftotext))('PDF text (poppler pdftotext)', () => {
  it('gives back Chinese and Arabic labels, and draws them', async () => {
    for (const [name, labels] of [
      ['chinese', ['前端开发学习路线', '弹性盒子布局 Flexbox', '构建工具与测试']],
      ['arabic', ['كيف يعمل الإنترنت', 'مرحباً بالعالم']],
    ] as const) {
      const { doc, positioned } = await laidOut(name);
      const pdf = await renderPdf(renderSvg(positioned, { roadmap: doc }), { measurer });
      const text = execFileSync(pdftotext, ['-', '-'], { input: pdf, encoding: 'utf8' })
        .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
        .replace(/\s+/g, ' ')
        .normalize('NFC');
      for (const label of labels) {
        const words = label.normalize('NFC').split(' ');
        for (const word of words) expect(text).toContain(word);
      }
    }
  });

  it('gives back right-to-left and mixed labels whole and in logical order, on RTL and LTR pages', async () => {
    const labels = [
      'مرحبا بالعالم',
      'שלום עולם',
      'تعلم Python 3.12 الآن',
      'ספר React ו-Vue',
      'Learn العربية today',
      'API (واجهة) design',
      'تصميم الواجهات (REST)',
      'العربية: قواعد البيانات',
      'עברית: מסדי נתונים',
    ];
    // The page's main direction (which extractors weigh) is right to left, then left to right.
    for (const filler of [[], ['Internet basics and how the web works', 'Databases and caching']]) {
      const topics = [...labels, ...filler].map((label, i) => ({ id: `t${i}`, label }));
      const doc = documentFrom(
        JSON.stringify({ schemaVersion: 1, id: 'rtl', title: 'RTL', topics }),
      );
      const positioned = await layoutRoadmap(doc, { measurer, maxLabelWidth: 400 });
      const pdf = await renderPdf(renderSvg(positioned, { roadmap: doc }), { measurer });
      const lines = execFileSync(pdftotext, ['-', '-'], { input: pdf, encoding: 'utf8' })
        .replace(/[\u202a-\u202e\u200e\u200f]/g, '')
        .split('\n')
        .map((line) => line.trim());
      for (const label of labels)
        expect(lines.join('|'), `${label} (${filler.length})`).toContain(label);
    }
  });

  it('draws right-to-left runs as PNG draws them: spaces kept, brackets the right way', async () => {
    const svg = labelSvg('قواعد البيانات (الآن) و REST');
    const pdf = await renderPdf(svg, { measurer });
    const dir = mkdtempSync(join(tmpdir(), 'rk-pdf-'));
    writeFileSync(join(dir, 'label.pdf'), pdf);
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '72', '-singlefile', 'label.pdf', 'label'], {
      cwd: dir,
    });
    const raster = readFileSync(join(dir, 'label.png'));
    rmSync(dir, { recursive: true });
    const png = renderPng(svg, { measurer });
    const { count, total } = differingPixels(new Uint8Array(raster), png);
    // pdfkit's own layout of the runs (spaces lost, brackets mirrored) differed in 3.4%.
    expect(count / total).toBeLessThan(0.02);
  });
});
