import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { GlyphMasks, type LiftedLine } from './glyph-masks.js';
import { type Outline, outlineOf } from './outline-text.js';

const DRAWING: ResvgRenderOptions = {
  font: { fontFiles: [], loadSystemFonts: false },
  shapeRendering: 2,
  textRendering: 1,
  imageRendering: 0,
};
// A "G"-like glyph: curves, a counter and straight bars, in font units (y up).
const PATH =
  'M795 -20Q586 -20 428.5 72.5Q271 165 182.5 336.5Q94 508 94 743Q94 985 186 1156.5Q278 1328 435 1419Q592 1510 788 1510Q914 1510 1022.5 1473.5Q1131 1437 1215.5 1370Q1300 1303 1353.5 1211.5Q1407 1120 1423 1009L1113 1009Q1097 1063 1068.5 1105.5Q1040 1148 999.5 1178Q959 1208 907 1223.5Q855 1239 793 1239Q678 1239 590 1181.5Q502 1124 453 1014Q404 904 404 746Q404 588 452.5 477.5Q501 367 589 309Q677 251 797 251Q905 251 982 290Q1059 329 1100.5 401.5Q1142 474 1142 571L1206 562L818 562L818 794L1438 794L1438 608Q1438 412 1355 271.5Q1272 131 1127 55.5Q982 -20 795 -20Z';
const outline = outlineOf(PATH) as Outline;
const SIZE = 60;
const SCALE = 0.0137;

/** A SIZE × SIZE canvas with a background, drawn by resvg (premultiplied RGBA). */
function canvas(background: string, extra = ''): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}"><rect width="${SIZE}" height="${SIZE}" fill="${background}"/>${extra}</svg>`;
  return new Resvg(svg, DRAWING).render().pixels;
}

/** The glyph as resvg fills it in the picture, at (x, y). */
function filled(background: string, color: string, x: number, y: number): Uint8Array {
  return canvas(
    background,
    `<path fill="${color}" transform="matrix(${SCALE} 0 0 ${-SCALE} ${x} ${y})" d="${PATH}"/>`,
  );
}

function maxDifference(a: Uint8Array, b: Uint8Array): number {
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return most;
}

const line = (color: number, x: number, y: number): LiftedLine => ({
  color,
  glyphs: [{ outline, scale: SCALE, x, y }],
});

/** resvg, counting the pictures it is given. */
function countingResvg() {
  const calls = { drawn: 0 };
  class Counting extends Resvg {
    constructor(svg: string, options?: ResvgRenderOptions) {
      super(svg, options);
      calls.drawn++;
    }
  }
  return { Counting, calls };
}

describe('GlyphMasks', () => {
  it('draws a glyph as resvg fills its outline, at quarter pixels across and whole pixels down', () => {
    const masks = new GlyphMasks(Resvg, DRAWING);
    for (const [x, y, drawnX, drawnY] of [
      [10, 40, 10, 40],
      [10.25, 40, 10.25, 40],
      [11.75, 39, 11.75, 39],
      // Rounded to the nearest quarter across and to the nearest pixel down.
      [11.8, 39.4, 11.75, 39],
      [11.6, 39.6, 11.5, 40],
    ] as const) {
      const pixels = canvas('#ffffff');
      masks.composite([line(0x000000, x, y)], pixels, SIZE, 0, SIZE, 1);
      expect(maxDifference(pixels, filled('#ffffff', '#000000', drawnX, drawnY))).toBe(0);
    }
  });

  it('blends a colour over a coloured background within rounding, and places it in between', () => {
    const masks = new GlyphMasks(Resvg, DRAWING);
    const pixels = canvas('#ffe599');
    masks.composite([line(0x2b78e4, 10.3, 40.1)], pixels, SIZE, 0, SIZE, 1);
    // (10.3, 40.1) is drawn at (10.25, 40): a shift under 1/8 px across, 1/2 px down.
    expect(maxDifference(pixels, filled('#ffe599', '#2b78e4', 10.25, 40))).toBeLessThanOrEqual(1);
    // Against the exact place, only edge pixels differ, and by part of their coverage.
    expect(maxDifference(pixels, filled('#ffe599', '#2b78e4', 10.3, 40.1))).toBeLessThan(90);
  });

  it('draws at the canvas zoom, and clips a glyph to the band of rows it is given', () => {
    const masks = new GlyphMasks(Resvg, DRAWING);
    const whole = canvas('#ffffff');
    masks.composite([line(0x000000, 5, 25)], whole, SIZE, 0, SIZE, 2);
    // Zoom 2 is the glyph at twice the size, at twice the place.
    const twice = canvas(
      '#ffffff',
      `<path transform="matrix(${2 * SCALE} 0 0 ${-2 * SCALE} 10 50)" d="${PATH}"/>`,
    );
    expect(maxDifference(whole, twice)).toBe(0);
    // A band of rows 30 to 44 of the same canvas gets exactly those rows.
    const band = canvas('#ffffff').slice(30 * SIZE * 4, 44 * SIZE * 4);
    masks.composite([line(0x000000, 5, 25)], band, SIZE, 30, 14, 2);
    expect(maxDifference(band, whole.slice(30 * SIZE * 4, 44 * SIZE * 4))).toBe(0);
  });

  it('draws each mask once: a second picture with the same glyphs asks resvg for nothing', () => {
    const { Counting, calls } = countingResvg();
    const masks = new GlyphMasks(Counting, DRAWING);
    const lines = [line(0x000000, 10, 40), line(0x000000, 30.25, 20), line(0x000000, 10, 20)];
    masks.composite(lines, canvas('#ffffff'), SIZE, 0, SIZE, 1);
    // Two places share a quarter across: two masks, on one atlas.
    expect(calls.drawn).toBe(1);
    masks.composite(lines, canvas('#ffffff'), SIZE, 0, SIZE, 1);
    expect(calls.drawn).toBe(1);
    masks.composite([line(0x000000, 10.5, 40)], canvas('#ffffff'), SIZE, 0, SIZE, 1);
    expect(calls.drawn).toBe(2);
  });

  it('draws many new masks on several bounded atlases, and lets kept masks go past the budget', () => {
    const { Counting, calls } = countingResvg();
    // Each mask of this glyph is about 21 × 24 px: an atlas of 2,000 px holds three, and the
    // budget holds the four of one line (a picture keeps its own masks) but no more.
    const masks = new GlyphMasks(Counting, DRAWING, { atlasPixels: 2_000, keptBytes: 2_000 });
    const places = [10, 10.25, 10.5, 10.75, 11.25].map((x) => line(0x000000, x, 40));
    const pixels = canvas('#ffffff');
    masks.composite(places, pixels, SIZE, 0, SIZE, 1);
    expect(calls.drawn).toBe(2);
    // Every glyph was drawn, each from its own mask (four phases: 10 and 11.25 share one).
    const expected = canvas('#ffffff');
    for (const x of [10, 10.25, 10.5, 10.75, 11.25])
      new GlyphMasks(Resvg, DRAWING).composite([line(0x000000, x, 40)], expected, SIZE, 0, SIZE, 1);
    expect(maxDifference(pixels, expected)).toBe(0);
    // Over the budget: a new size lets the kept masks go, so the first ones are drawn again.
    const small = { color: 0, glyphs: [{ outline, scale: SCALE / 2, x: 5, y: 20 }] };
    masks.composite([small], canvas('#ffffff'), SIZE, 0, SIZE, 1);
    expect(calls.drawn).toBe(3);
    // A picture with the small glyph (found, kept) and the four (drawn again, which lets the
    // kept ones go meanwhile): all five are drawn.
    const again = canvas('#ffffff');
    masks.composite([small, ...places], again, SIZE, 0, SIZE, 1);
    expect(calls.drawn).toBe(5);
    new GlyphMasks(Resvg, DRAWING).composite([small], expected, SIZE, 0, SIZE, 1);
    expect(maxDifference(again, expected)).toBe(0);
  });
});
