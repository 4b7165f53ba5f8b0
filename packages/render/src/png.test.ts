import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { checkPdfBudget, checkPngBudget, PixelBudgetError, pngCanvasSize } from './pixel-budget.js';
import { renderPng } from './png.js';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60">
<rect width="200" height="60" fill="#ffffff"/><rect x="10" y="10" width="180" height="40" fill="#fdff00" stroke="#000" stroke-width="2"/>
<text x="20" y="38" font-family="Inter" font-size="20" font-weight="700" fill="#000">Backend</text></svg>`;

function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

describe('renderPng', () => {
  // First: the first PNG of the file loads resvg.
  it('leaves the environment as it found it after loading resvg', () => {
    const before = process.env.MIMALLOC_PURGE_DELAY;
    renderPng(SVG);
    expect(process.env.MIMALLOC_PURGE_DELAY).toBe(before);
  });

  it('rasterizes at the asked scale, the same bytes every time', () => {
    const one = renderPng(SVG);
    const two = renderPng(SVG, { scale: 2 });
    expect(Buffer.from(one.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect([decode(one).width, decode(one).height]).toEqual([200, 60]);
    expect([decode(two).width, decode(two).height]).toEqual([400, 120]);
    expect(renderPng(SVG)).toEqual(one);
  });

  it('draws the text with the bundled font (dark pixels where the word is, none past it)', () => {
    const png = decode(renderPng(SVG));
    const dark = (x0: number, x1: number) => {
      let count = 0;
      for (let y = 20; y < 45; y++) {
        for (let x = x0; x < x1; x++) {
          const i = (y * png.width + x) * 4;
          if ((png.data[i] ?? 255) < 80 && (png.data[i + 1] ?? 255) < 80) count++;
        }
      }
      return count;
    };
    expect(dark(20, 110)).toBeGreaterThan(150);
    expect(dark(120, 185)).toBe(0);
  });

  it('fits a target width', () => {
    expect(decode(renderPng(SVG, { width: 500 })).height).toBe(150);
  });

  it.each([0.5, 5, Number.NaN])('rejects scale %s', (scale) => {
    expect(() => renderPng(SVG, { scale })).toThrow(/scale must be between 1 and 4/);
  });

  it('refuses a canvas over the pixel budget before drawing it, naming the size', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="3000"><rect width="10" height="10"/></svg>';
    expect(() => renderPng(svg, { scale: 4 })).toThrow(PixelBudgetError);
    expect(() => renderPng(svg, { scale: 4 })).toThrow(
      'the canvas would be 20000 × 12000 px (240 megapixels), over the budget of 40 megapixels: draw it smaller (scale or width), use SVG, or raise maxPixels',
    );
    expect(() => renderPng(svg, { maxPixels: 1_000_000 })).toThrow(/15 megapixels/);
    const small = renderPng(svg, { width: 100, maxPixels: 100 * 60 });
    expect(Buffer.from(small).readUInt32BE(16)).toBe(100);
  });

  it('is refused from the layout canvas alone, before any SVG, exactly when renderPng refuses it', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="5000" height="3000"><rect width="10" height="10"/></svg>';
    const canvas = { width: 5000, height: 3000 };
    expect(pngCanvasSize(canvas, { scale: 4 })).toEqual({ width: 20_000, height: 12_000 });
    expect(pngCanvasSize(canvas, { width: 100 })).toEqual({ width: 100, height: 60 });
    expect(() => checkPngBudget(canvas, { scale: 4 })).toThrow(
      'the canvas would be 20000 × 12000 px (240 megapixels), over the budget of 40 megapixels',
    );
    const refusals: boolean[] = [];
    for (const options of [
      { scale: 1.5, maxPixels: 33_750_000 },
      { scale: 1.5, maxPixels: 33_749_999 },
      { width: 100, maxPixels: 6000 },
      { width: 100, maxPixels: 5999 },
    ]) {
      let refused = false;
      try {
        renderPng(svg, options);
      } catch (error) {
        refused = error instanceof PixelBudgetError;
      }
      refusals.push(refused);
      if (refused) expect(() => checkPngBudget(canvas, options)).toThrow(PixelBudgetError);
      else expect(() => checkPngBudget(canvas, options)).not.toThrow();
    }
    expect(refusals).toEqual([false, true, false, true]);
    expect(() => checkPdfBudget(canvas, { maxPixels: 14_999_999 })).toThrow(PixelBudgetError);
    expect(() => checkPdfBudget(canvas, { maxPixels: 15_000_000 })).not.toThrow();
  });
});
