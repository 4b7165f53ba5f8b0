import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createPngWriter, encodePng } from './png-writer.js';

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
