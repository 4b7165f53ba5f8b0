/** The weights this package ships a font file for. */
export type FontWeight = 'regular' | 'bold';

/** Raw font files (TTF or OTF bytes), one per weight. */
export interface FontSources {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** How a piece of text is set. Sizes and widths are CSS pixels. */
export interface TextStyle {
  /** The font size in px; a finite number greater than 0. */
  readonly size: number;
  /** The weight; `'regular'` when left out. */
  readonly weight?: FontWeight;
}

/** How a piece of text is wrapped. */
export interface WrapOptions extends TextStyle {
  /** The widest a line may be, in px; a number ≥ 0 or `Infinity` (only hard breaks). */
  readonly maxWidth: number;
}

/** One line of wrapped text and its measured width in px. */
export interface WrappedLine {
  readonly text: string;
  readonly width: number;
}

/** Wrapped text: its lines, the widest line's width and the block's height, in px. */
export interface WrappedText {
  readonly lines: readonly WrappedLine[];
  readonly width: number;
  readonly height: number;
}

/** The vertical metrics of a font at a size, in px (`descent` is positive, below the baseline). */
export interface VerticalMetrics {
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly lineHeight: number;
  readonly capHeight: number;
  readonly xHeight: number;
}

/**
 * Measures and wraps text with a given pair of fonts, without a DOM. Every result is a finite
 * number and the same for the same input. A measurer caches the fonts it parsed and the widths
 * of the words it shaped; create one and reuse it.
 */
export interface Measurer {
  /** The advance width of one line of `text` in px (kerning and ligatures applied). */
  measureText(text: string, style: TextStyle): number;
  /** The distance between two baselines at `size`, in px (the font's own line spacing). */
  lineHeight(size: number): number;
  /** The vertical metrics of the regular font at `size`, in px. */
  verticalMetrics(size: number): VerticalMetrics;
  /** Breaks `text` into lines no wider than `maxWidth` (see the README for the one exception). */
  wrapText(text: string, options: WrapOptions): WrappedText;
}
