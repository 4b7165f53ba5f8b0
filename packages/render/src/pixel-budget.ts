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
