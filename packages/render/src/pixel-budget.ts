/**
 * The largest canvas PNG and PDF output draws by default: 40 megapixels (for example
 * 8,000 × 5,000 px). A 40-megapixel RGBA canvas takes 160 MB; with resvg's and the PNG
 * encoder's buffers one render stays well under 1 GB. Raise it with `maxPixels`.
 */
export const DEFAULT_MAX_PIXELS = 40_000_000;

/** A canvas over the pixel budget: thrown before any memory for it is taken. */
export class PixelBudgetError extends RangeError {
  override readonly name = 'PixelBudgetError';
  constructor(
    /** The canvas size that was asked for, in px (PNG) or points (PDF). */
    readonly width: number,
    readonly height: number,
    readonly maxPixels: number,
  ) {
    super(
      `the canvas would be ${Math.round(width)} × ${Math.round(height)} px (${megapixels(width * height)} megapixels), over the budget of ${megapixels(maxPixels)} megapixels: draw it smaller (scale or width), use SVG, or raise maxPixels`,
    );
  }
}

function megapixels(pixels: number): string {
  return (pixels / 1_000_000).toFixed(1).replace(/\.0$/, '');
}

/** Throws {@link PixelBudgetError} when a width × height canvas is over `maxPixels`. */
export function checkPixelBudget(
  width: number,
  height: number,
  maxPixels = DEFAULT_MAX_PIXELS,
): void {
  if (!(maxPixels > 0)) throw new RangeError(`maxPixels must be above 0, received ${maxPixels}`);
  if (!(width * height <= maxPixels)) throw new PixelBudgetError(width, height, maxPixels);
}

/** A picture's size: an SVG's width and height, or a layout's canvas. */
export interface PictureSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The canvas in px that `renderPng` draws for a picture of this size (its SVG width and
 * height, which are the layout's canvas): `width` when given, else the size times `scale`.
 */
export function pngCanvasSize(
  picture: PictureSize,
  options: { readonly scale?: number; readonly width?: number } = {},
): PictureSize {
  // resvg rounds the SVG's size to whole px before zooming.
  const width = Math.round(picture.width);
  const height = Math.round(picture.height);
  if (options.width !== undefined)
    return { width: options.width, height: Math.ceil((height * options.width) / width) };
  const scale = options.scale ?? 1;
  return { width: Math.ceil(width * scale), height: Math.ceil(height * scale) };
}

/**
 * Throws {@link PixelBudgetError} when the PNG of a picture of this size (a layout's canvas)
 * would be over budget, so a caller can refuse it before the SVG is even drawn.
 */
export function checkPngBudget(
  picture: PictureSize,
  options: { readonly scale?: number; readonly width?: number; readonly maxPixels?: number } = {},
): void {
  const canvas = pngCanvasSize(picture, options);
  checkPixelBudget(canvas.width, canvas.height, options.maxPixels);
}

/**
 * Throws {@link PixelBudgetError} when the PDF page of a picture of this size would be over
 * budget (`width` and `height` override the page size, as `renderPdf` takes them).
 */
export function checkPdfBudget(
  picture: PictureSize,
  options: { readonly width?: number; readonly height?: number; readonly maxPixels?: number } = {},
): void {
  checkPixelBudget(
    options.width ?? picture.width,
    options.height ?? picture.height,
    options.maxPixels,
  );
}

/** The SVG's width and height attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new TypeError('the SVG has no width and height attributes');
  return { width, height };
}
