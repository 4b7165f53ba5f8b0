import type { Resvg } from '@resvg/resvg-js';
import { fontFamily, fontFiles, type Measurer } from '@roadmapkit/fonts';
import { defaultMeasurer } from './default-measurer.js';
import { GlyphMasks, type LiftedLine } from './glyph-masks.js';
import { resvgModule } from './node-deps.js';
import {
  checkPngBudget,
  type PictureSize,
  type PixelBudgetError,
  svgSize,
} from './pixel-budget.js';
import { liftText } from './png-text.js';
import { encodePng } from './png-writer.js';

export interface PngOptions {
  /** Zoom factor, 1 to 4 (default 1). Ignored when `width` is given. */
  readonly scale?: number;
  /** Target width in px; the height follows the picture's proportions. */
  readonly width?: number;
  /** A background colour (the SVG's own background is drawn over it). */
  readonly background?: string;
  /**
   * The measurer the layout used (with its fallback fonts and emoji pictures): every line is
   * drawn as glyph outlines from its shaping. Default: one `createMeasurer()` shared by
   * the calls given none.
   */
  readonly measurer?: Measurer;
  /** The largest canvas drawn, in pixels (default {@link DEFAULT_MAX_PIXELS}, 40 megapixels). */
  readonly maxPixels?: number;
}

let loaded: ReturnType<typeof resvgModule> | undefined;

/**
 * resvg, loaded with its allocator (mimalloc) told to keep freed memory for a second instead
 * of 10 ms: each picture's canvas (4 bytes a pixel) and PNG buffers then reuse the pages of
 * the previous picture, where fresh pages cost as much as drawing (a third of a warm PNG on a
 * virtual machine). mimalloc reads its options from the environment once, when the library
 * is loaded, so the variable is set only for that moment, unless the user set it. In a
 * worker thread `process.env` is the thread's own copy: there the variable must come from the
 * process's environment (the CLI sets it at start).
 */
function loadResvg(): ReturnType<typeof resvgModule> {
  if (loaded) return loaded;
  const env = process.env;
  const own = env[PURGE_DELAY] === undefined;
  if (own) env[PURGE_DELAY] = RESVG_PURGE_DELAY_MS;
  try {
    loaded = resvgModule();
  } finally {
    if (own) delete env[PURGE_DELAY];
  }
  return loaded;
}

const PURGE_DELAY = 'MIMALLOC_PURGE_DELAY';
/** How long resvg keeps freed memory before it gives it back to the system, in ms. */
const RESVG_PURGE_DELAY_MS = '1000';

/** resvg's drawing options for every PNG: the bundled fonts only, anti-aliased shapes. */
const DRAWING = { shapeRendering: 2, textRendering: 1, imageRendering: 0 } as const;

let masks: GlyphMasks | undefined;

/** The glyph masks every PNG of this process draws its text from (drawn by resvg once). */
function glyphMasks(): GlyphMasks {
  masks ??= new GlyphMasks(loadResvg().Resvg, {
    font: { fontFiles: [], loadSystemFonts: false },
    ...DRAWING,
  });
  return masks;
}

/** A parsed PNG: resvg with the picture less its lifted lines, and those lines. */
export interface PreparedPng {
  readonly resvg: Resvg;
  /** The picture's exact size (the SVG's width and height; else the rounded one). */
  readonly size: PictureSize;
  /** Lines drawn over resvg's canvas from glyph masks ({@link drawLiftedText}). */
  readonly lines: readonly LiftedLine[];
}

/**
 * Draws the lines taken out of the SVG over a band of resvg's canvas (premultiplied RGBA):
 * the band is `width` px wide, `rows` rows tall, and starts at the canvas's row `top`; the
 * canvas draws `zoomX` × `zoomY` px for each unit of the picture.
 */
export function drawLiftedText(
  lines: readonly LiftedLine[],
  pixels: Uint8Array,
  band: { width: number; top: number; rows: number },
  zoomX: number,
  zoomY: number,
): void {
  if (lines.length === 0) return;
  glyphMasks().composite(lines, pixels, band.width, band.top, band.rows, zoomX, zoomY);
}

/**
 * Checks the options, parses the SVG with resvg (the bundled fonts only) and checks the
 * canvas against the pixel budget: nothing is drawn yet.
 */
export function preparePng(svg: string, options: PngOptions): PreparedPng {
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
  // Every line as glyphs from the measurer's shaping: resvg then loads no font and shapes
  // nothing (its text pass was most of a warm PNG), and draws what layout measured. Lines
  // that nothing covers are drawn afterwards from glyph masks; the others as outlines.
  const { svg: drawn, lines } = liftText(svg, options.measurer ?? defaultMeasurer());
  const files = /<text\b/.test(drawn) ? fontFiles() : undefined;
  const { Resvg } = loadResvg();
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
    ...DRAWING,
  });
  // The SVG is parsed; nothing is drawn yet. Refuse a canvas over budget before it is taken.
  const picture = { width: resvg.width, height: resvg.height };
  checkPngBudget(picture, options);
  let size: PictureSize = picture;
  try {
    size = svgSize(svg);
  } catch {}
  return { resvg, size, lines };
}

/** Draws a prepared PNG's whole canvas at once, its lifted lines over it, and encodes it. */
export function drawWhole({ resvg, size, lines }: PreparedPng): Uint8Array {
  const image = resvg.render();
  const pixels = image.pixels;
  drawLiftedText(
    lines,
    pixels,
    { width: image.width, top: 0, rows: image.height },
    image.width / size.width,
    image.height / size.height,
  );
  return encodePng(pixels, image.width, image.height);
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
  return drawWhole(preparePng(svg, options));
}
