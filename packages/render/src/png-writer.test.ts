import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { adler32, createPngWriter, encodePng, straightenRows } from './png-writer.js';

type ResvgModule = typeof import('@resvg/resvg-js');
const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;

/** Boxes, a see-through circle, a curve and, without `background`, transparent pixels. */
function svg(background: boolean): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">${
    background ? '<rect width="160" height="90" fill="#fafafa"/>' : ''
  }<rect x="10.5" y="8" width="90" height="40" rx="6" fill="#fdff00" stroke="#111" stroke-width="2.5"/>
<circle cx="120" cy="50" r="25" fill="rgba(40,160,60,0.55)"/>
<path d="M 5 85 C 60 20, 100 100, 155 30" fill="none" stroke="#2b78e4" stroke-width="3" stroke-dasharray="6 5"/></svg>`;
}

function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

describe('createPngWriter', () => {
  for (const background of [true, false]) {
    it(`gives the very pixels of resvg's own encoder (${background ? 'opaque' : 'see-through'})`, () => {
      const image = new Resvg(svg(background), { font: { loadSystemFonts: false } }).render();
      const theirs = decode(image.asPng());
      const ours = decode(encodePng(image.pixels, image.width, image.height));
      expect([ours.width, ours.height]).toEqual([160, 90]);
      expect(ours.data.equals(theirs.data)).toBe(true);
      // The picture is not blank: the comparison compares something.
      expect(new Set(ours.data).size).toBeGreaterThan(50);
    });
  }

  it('gives the same pixels given the rows in bands as at once', () => {
    const image = new Resvg(svg(false), { font: { loadSystemFonts: false } }).render();
    const whole = decode(encodePng(image.pixels, image.width, image.height));
    const writer = createPngWriter(image.width, image.height);
    const pixels = image.pixels;
    for (let row = 0; row < 90; row += 40)
      writer.add(pixels.subarray(row * 160 * 4), Math.min(40, 90 - row));
    expect(decode(writer.finish()).data.equals(whole.data)).toBe(true);
  });

  it('lays out every picture in one shared rows buffer, and no PNG shares it', () => {
    const first = new Resvg(svg(true), { font: { loadSystemFonts: false } }).render();
    const second = new Resvg(svg(false), { font: { loadSystemFonts: false } }).render();
    const firstPng = encodePng(first.pixels, first.width, first.height);
    const firstPixels = decode(firstPng).data;
    // A second picture, of other pixels, laid out in the same buffer after the first.
    const secondPng = encodePng(second.pixels, second.width, second.height);
    expect(decode(secondPng).data.equals(decode(second.asPng()).data)).toBe(true);
    // The first PNG is whole and unchanged: its bytes are its own.
    expect(decode(firstPng).data.equals(firstPixels)).toBe(true);
    expect(firstPixels.equals(decode(first.asPng()).data)).toBe(true);
    expect(firstPixels.equals(decode(secondPng).data)).toBe(false);
  });

  it('refuses a band that does not fit and a picture that is not whole', () => {
    const writer = createPngWriter(4, 2);
    expect(() => writer.add(new Uint8Array(4 * 4 * 3), 3)).toThrow(
      'a band of 3 rows does not fit the 2-row picture',
    );
    writer.add(new Uint8Array(4 * 4), 1);
    expect(() => writer.finish()).toThrow('the PNG has 1 of its 2 rows');
  });
});

describe('straightenRows', () => {
  /** Rows of a flat picture: runs of one colour, edges, see-through and transparent pixels. */
  function picture(width: number, rows: number, seed: number): Uint8Array {
    const pixels = new Uint8Array(width * rows * 4);
    let state = seed;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const colours = [
      [255, 255, 255, 255],
      [43, 120, 228, 255],
      [0, 0, 0, 0],
      [20, 60, 30, 128], // premultiplied, half see-through
      [255, 229, 153, 255],
    ];
    for (let i = 0; i < width * rows; ) {
      const colour = colours[Math.floor(random() * colours.length)] as number[];
      const run = 1 + Math.floor(random() * (random() < 0.3 ? 3 : width * 2));
      for (let k = 0; k < run && i < width * rows; k++, i++) {
        if (random() < 0.05) {
          // A lone anti-aliased pixel.
          const alpha = Math.floor(random() * 256);
          pixels.set(
            [0, 1, 2].map(() => Math.floor(random() * (alpha + 1))),
            i * 4,
          );
          pixels[i * 4 + 3] = alpha;
        } else pixels.set(colour, i * 4);
      }
    }
    return pixels;
  }

  /** The checksum zlib writes after the rows, each after its filter-type byte 0. */
  function zlibAdler(pixels: Uint8Array, rows: number, stride: number): number {
    const filtered = Buffer.alloc(rows * (stride + 1));
    for (let y = 0; y < rows; y++)
      filtered.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    return deflateSync(filtered).readUInt32BE(deflateSync(filtered).length - 4);
  }

  it('sums the rows as zlib does, over the straightened pixels, runs summed at once', () => {
    for (const [width, rows, seed] of [
      [1, 1, 1],
      [7, 13, 2],
      [600, 40, 3],
      [3000, 25, 4],
    ] as const) {
      const pixels = picture(width, rows, seed);
      const sum = straightenRows(pixels, rows, width * 4, 1);
      expect(sum).toBe(zlibAdler(pixels, rows, width * 4));
    }
  });

  it('carries the sum on from band to band, and straightens as the byte-at-a-time way does', () => {
    const width = 301;
    const pixels = picture(width, 50, 5);
    const whole = pixels.slice();
    const wholeSum = straightenRows(whole, 50, width * 4, 1);
    const first = straightenRows(pixels, 20, width * 4, 1);
    const second = straightenRows(pixels.subarray(20 * width * 4), 30, width * 4, first);
    expect(second).toBe(wholeSum);
    expect(pixels).toEqual(whole);
    // Not on a 4-byte boundary: one byte at a time, the same pixels and sum.
    const unaligned = new Uint8Array(width * 50 * 4 + 1).subarray(1);
    unaligned.set(picture(width, 50, 5));
    expect(straightenRows(unaligned, 50, width * 4, 1)).toBe(wholeSum);
    expect(unaligned).toEqual(whole);
    expect(adler32(new Uint8Array(0), 1)).toBe(1);
  });
});
