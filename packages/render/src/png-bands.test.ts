import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PixelBudgetError } from './pixel-budget.js';
import { preparePng, renderPng } from './png.js';
import { BAND_PIXELS, drawInBands, renderPngAsync } from './png-bands.js';

/**
 * A tall picture with what a roadmap has: boxes, text, curves, dashed lines, shapes across
 * band edges; and what it may have: no background (transparent pixels) and see-through fills.
 */
function tallSvg(width: number, height: number, background: boolean, curves = true): string {
  // `curves`: dashed connectors and dots (a curve cut by a band edge is flattened a hair differently).
  const parts: string[] = [];
  if (background) parts.push(`<rect width="${width}" height="${height}" fill="#fafafa"/>`);
  for (let y = 10; y < height - 60; y += 97) {
    parts.push(
      `<rect x="12.5" y="${y}" width="${width - 40}" height="41.3" rx="6" fill="#fdff00" stroke="#111" stroke-width="2.5"/>`,
      `<text x="24" y="${y + 28}" font-family="Inter" font-size="17" font-weight="${y % 2 ? 700 : 400}" fill="#123">Topic at ${y}: wrap, kern ÄÖ</text>`,
      curves
        ? `<path d="M ${width / 2} ${y + 42} C ${width} ${y + 60}, 0 ${y + 80}, ${width / 3} ${y + 104}" fill="none" stroke="#2b78e4" stroke-width="3" stroke-dasharray="6 5"/>`
        : '',
      curves
        ? `<circle cx="${width - 18}" cy="${y + 48}" r="9.7" fill="rgba(40,160,60,0.55)"/>`
        : '',
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

function pixels(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** Draws `svg` in bands of `rows` rows with the options renderPng takes. */
async function banded(svg: string, options: { scale?: number; width?: number }, rows: number) {
  const whole = pixels(renderPng(svg, options));
  const { resvg, lines } = preparePng(svg, options);
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const picture = { width: Number(size?.[1]), height: Number(size?.[2]) };
  const bytes = await drawInBands(
    resvg,
    picture,
    { width: whole.width, height: whole.height },
    rows,
    lines,
  );
  return { whole, bands: pixels(bytes) };
}

/** The share of channel values that differ at all, and by more than a quarter. */
function compare(a: PNG, b: PNG): { differ: number; far: number } {
  let differ = 0;
  let far = 0;
  for (let i = 0; i < a.data.length; i++) {
    const d = Math.abs((a.data[i] as number) - (b.data[i] as number));
    if (d > 0) differ++;
    if (d > 64) far++;
  }
  return { differ: differ / a.data.length, far: far / a.data.length };
}

/**
 * The same size, and the same look: resvg works in 32-bit floats, so a band's offset moves an
 * anti-aliased edge of a curve or, at a fractional scale, of a box by a hair now and then.
 */
function expectSameLook(whole: PNG, bands: PNG): void {
  expect([bands.width, bands.height]).toEqual([whole.width, whole.height]);
  const { differ, far } = compare(whole, bands);
  expect(differ).toBeLessThan(1 / 200);
  expect(far).toBeLessThan(1 / 10_000);
}

describe('a PNG drawn in bands', () => {
  it.each([
    [1, true],
    [2, false],
  ])(
    'boxes and text: all but a handful of pixels the very ones of the PNG drawn at once (scale %s, background %s)',
    async (scale, background) => {
      const svg = tallSvg(300, 2400, background, false);
      const { whole, bands } = await banded(svg, { scale }, 173);
      expect([bands.width, bands.height]).toEqual([300 * scale, 2400 * scale]);
      const { differ, far } = compare(whole, bands);
      expect(differ).toBeLessThan(1 / 100_000);
      expect(far).toBe(0);
      if (!background) expect(bands.data[3]).toBe(0); // transparent where nothing is drawn
    },
  );

  it.each([{ scale: 1 }, { scale: 2 }, { scale: 1.5 }, { scale: 3.3 }, { width: 437 }])(
    'with dashed curves and see-through dots, at %o: looks the same as the PNG drawn at once',
    async (options) => {
      const { whole, bands } = await banded(tallSvg(300, 2400, false), options, 250);
      expectSameLook(whole, bands);
    },
  );

  it('gives renderPng its very bytes for a canvas that fits in one band', async () => {
    const svg = tallSvg(300, 600, true);
    expect(300 * 600).toBeLessThanOrEqual(BAND_PIXELS);
    expect(await renderPngAsync(svg, { scale: 2 })).toEqual(renderPng(svg, { scale: 2 }));
  });

  it('lets the event loop turn before drawing, so the last picture is freed first', async () => {
    // resvg's canvas and tree are freed by finalizers that run in a later turn: without one,
    // a loop of awaited renders would hold every picture's memory until it ended.
    const order: string[] = [];
    setImmediate(() => order.push('turn'));
    await renderPngAsync(tallSvg(300, 600, true));
    order.push('drawn');
    expect(order).toEqual(['turn', 'drawn']);
  });

  it('draws a canvas over one band in bands, the same picture', async () => {
    // 600 × 8,000 px: over the 4-megapixel band, so it is drawn in two bands.
    const svg = tallSvg(300, 4000, true);
    const whole = pixels(renderPng(svg, { scale: 2 }));
    const bands = pixels(await renderPngAsync(svg, { scale: 2 }));
    expect([bands.width, bands.height]).toEqual([600, 8000]);
    expectSameLook(whole, bands);
  });

  it('refuses a canvas over the pixel budget before drawing it', async () => {
    await expect(
      renderPngAsync(tallSvg(300, 4000, true), { maxPixels: 1_000_000 }),
    ).rejects.toThrow(PixelBudgetError);
  });
});
