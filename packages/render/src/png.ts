import type { Resvg } from '@resvg/resvg-js';
import { createMeasurer, fontFamily, fontFiles, type Measurer } from '@roadmapkit/fonts';
import { resvgModule } from './node-deps.js';
import { outlineText } from './outline-text.js';
import { checkPngBudget, type PictureSize, type PixelBudgetError } from './pixel-budget.js';

export interface PngOptions {
  /** Zoom factor, 1 to 4 (default 1). Ignored when `width` is given. */
  readonly scale?: number;
  /** Target width in px; the height follows the picture's proportions. */
  readonly width?: number;
  /** A background colour (the SVG's own background is drawn over it). */
  readonly background?: string;
  /**
   * The measurer the layout used (with its fallback fonts and emoji pictures): every line is
   * drawn as glyph outlines from its shaping. Default: a new `createMeasurer()`.
   */
  readonly measurer?: Measurer;
  /** The largest canvas drawn, in pixels (default {@link DEFAULT_MAX_PIXELS}, 40 megapixels). */
  readonly maxPixels?: number;
}

/**
 * Checks the options, parses the SVG with resvg (the bundled fonts only) and checks the
 * canvas against the pixel budget: nothing is drawn yet.
 */
export function preparePng(
  svg: string,
  options: PngOptions,
): { resvg: Resvg; picture: PictureSize } {
  const scale = options.scale ?? 1;
  if (!(scale >= 1 && scale <= 4))
    throw new RangeError(`scale must be between 1 and 4, received ${scale}`);
  if (
    options.width !== undefined &&
    !(Number.isInteger(options.width) && options.width >= 1 && options.width <= 20_000)
  ) {
    throw new RangeError(
      `width must be a whole number of px from 1 to 20000, received ${options.width}`,
    );
  }
  // Every line as glyph outlines from the measurer's shaping: resvg then loads no font and
  // shapes nothing (its text pass was most of a warm PNG), and draws what layout measured.
  const drawn = outlineText(svg, options.measurer ?? createMeasurer());
  const files = /<text\b/.test(drawn) ? fontFiles() : undefined;
  const { Resvg } = resvgModule();
  const resvg = new Resvg(drawn, {
    fitTo:
      options.width === undefined
        ? { mode: 'zoom', value: scale }
        : { mode: 'width', value: options.width },
    ...(options.background === undefined ? {} : { background: options.background }),
    font: {
      fontFiles: files ? [files.regular, files.bold] : [],
      loadSystemFonts: false,
      defaultFontFamily: fontFamily,
      sansSerifFamily: fontFamily,
    },
    shapeRendering: 2,
    textRendering: 1,
    imageRendering: 0,
  });
  // The SVG is parsed; nothing is drawn yet. Refuse a canvas over budget before it is taken.
  const picture = { width: resvg.width, height: resvg.height };
  checkPngBudget(picture, options);
  return { resvg, picture };
}

/**
 * Rasterizes an SVG with resvg, using only the bundled font files (no system fonts), so the
 * same SVG gives the same PNG bytes on every machine. Text is drawn as glyph outlines shaped
 * by the measurer (its fallback chain for other scripts, mixed-direction text and emoji).
 * Throws {@link PixelBudgetError} when the canvas would be over `maxPixels`, before drawing.
 * The whole canvas is in memory at once (4 bytes a pixel, twice): for a tall picture prefer
 * {@link renderPngAsync}, which draws it in bands.
 */
export function renderPng(svg: string, options: PngOptions = {}): Uint8Array {
  const png = preparePng(svg, options).resvg.render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
