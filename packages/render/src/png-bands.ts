import type { Resvg } from '@resvg/resvg-js';
import type { LiftedLine } from './glyph-masks.js';
import type { PictureSize } from './pixel-budget.js';
import { drawLiftedText, drawWhole, type PngOptions, preparePng } from './png.js';
import { createPngWriter } from './png-writer.js';

/** A canvas up to this many pixels is drawn at once; a taller one in bands of about this size. */
export const BAND_PIXELS = 4_000_000;
/** Rows drawn above and below each band and dropped, so its edges are drawn as in one piece. */
const OVERLAP = 8;

/** resvg's own canvas size: the SVG size times the scale, rounded, in 32-bit floats as resvg does. */
function drawnSize(picture: PictureSize, options: PngOptions): PictureSize {
  const f = Math.fround;
  const scale =
    options.width === undefined ? f(options.scale ?? 1) : f(options.width / f(picture.width));
  return {
    width: Math.round(f(f(picture.width) * scale)),
    height: Math.round(f(f(picture.height) * scale)),
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Draws the parsed picture `rows` rows at a time and encodes each band as it comes, so the
 * memory taken is one band's, not the canvas's. Between bands it lets the event loop turn:
 * resvg's images are freed only then.
 */
export async function drawInBands(
  resvg: Resvg,
  picture: PictureSize,
  canvas: PictureSize,
  rows: number,
  lines: readonly LiftedLine[] = [],
): Promise<Uint8Array> {
  const writer = createPngWriter(canvas.width, canvas.height);
  // resvg maps the picture's height onto the canvas's rows: one row is this many SVG units.
  const unit = picture.height / canvas.height;
  const box = resvg.getBBox();
  if (!box) throw new Error('resvg gave no bounding box for the picture');
  for (let row = 0; row < canvas.height; row += rows) {
    const take = Math.min(rows, canvas.height - row);
    const top = Math.max(0, row - OVERLAP);
    box.x = 0;
    box.y = top * unit;
    box.width = picture.width;
    box.height = (row - top + take + OVERLAP) * unit;
    resvg.cropByBBox(box);
    const band = resvg.render();
    if (band.width !== canvas.width || band.height < row - top + take)
      throw new Error(
        `resvg drew a ${band.width} × ${band.height} band for ${canvas.width} × ${take} px`,
      );
    const pixels = band.pixels;
    drawLiftedText(
      lines,
      pixels,
      { width: band.width, top, rows: band.height },
      canvas.width / picture.width,
      canvas.height / picture.height,
    );
    writer.add(pixels.subarray((row - top) * canvas.width * 4), take);
    await nextTurn();
  }
  return writer.finish();
}

/**
 * The same picture as {@link renderPng}, with the same checks and pixel budget, but memory
 * that does not grow with the canvas: a canvas over {@link BAND_PIXELS} is drawn in
 * horizontal bands, each encoded into the PNG as soon as it is drawn (so a 70-megapixel
 * roadmap never holds its 280 MB canvas). A smaller canvas gives `renderPng`'s very bytes.
 */
export async function renderPngAsync(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
  // resvg's canvas, pixels and tree of an earlier picture are freed by finalizers that run
  // in a later turn of the event loop: a loop of awaits that never turns would hold them all
  // and draw each picture on fresh pages.
  await nextTurn();
  const prepared = preparePng(svg, options);
  // The exact size (resvg's getters round it): the bands must tile the very same picture.
  const canvas = drawnSize(prepared.size, options);
  if (canvas.width * canvas.height <= BAND_PIXELS) return drawWhole(prepared);
  const rows = Math.max(1, Math.floor(BAND_PIXELS / canvas.width));
  return drawInBands(prepared.resvg, prepared.size, canvas, rows, prepared.lines);
}
