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
  /** True when a word was cut at this line's end and `text` ends with the break marker `-`. */
  readonly broken?: boolean;
}

/** Wrapped text: its lines, the widest line's width and the block's height, in px. */
export interface WrappedText {
  readonly lines: readonly WrappedLine[];
  readonly width: number;
  readonly height: number;
  /**
   * The paragraph direction found by the Unicode Bidirectional Algorithm (its first strong
   * character): `'rtl'` for Arabic or Hebrew text, whose lines align right.
   */
  readonly direction?: 'ltr' | 'rtl';
}

/**
 * A font the measurer may fall back to for characters the main fonts lack. Its bytes are read
 * only when a character in `unicodeRange` is measured (lazy).
 */
export interface FallbackFont {
  /** The CSS family name (used in `@font-face` and the SVG font stack). */
  readonly family: string;
  readonly weight: FontWeight;
  /** A CSS `unicode-range`: the characters the file may hold; left out: try it for any. */
  readonly unicodeRange?: string;
  /** A BCP 47 language the glyph forms are meant for (CJK: `zh-Hans`, `zh-Hant`, `ja`, `ko`). */
  readonly locale?: string;
  /** The TTF, OTF, WOFF or WOFF2 bytes; called at most once per measurer. */
  readonly load: () => Uint8Array;
}

/** Draws emoji graphemes as pictures (resvg and PDF cannot draw colour fonts). */
export interface EmojiSource {
  /** Who made the pictures, for credits. */
  readonly name: string;
  /** The `viewBox` the pictures are drawn in (a square). */
  readonly size: number;
  /** The picture's inner SVG markup (paths), or undefined when it has none for `grapheme`. */
  picture(grapheme: string): string | undefined;
}

/** Options of `createMeasurer` beyond the two main fonts. */
export interface MeasurerOptions {
  /** Fonts to try, in order, for characters the main fonts lack (a function: called once, when first needed). */
  readonly fallbackFonts?: readonly FallbackFont[] | (() => readonly FallbackFont[]);
  /** Emoji pictures; without it an emoji counts as a missing character. */
  readonly emoji?: EmojiSource;
  /** The document's language (BCP 47): picks CJK glyph forms among the fallback fonts. */
  readonly locale?: string;
}

/** One glyph of a shaped run, placed in px relative to the line's left end and baseline. */
export interface PlacedGlyph {
  readonly x: number;
  readonly y: number;
  /** The outline as SVG path data in font units (y up): draw with `scale(s, -s)`. */
  readonly path: string;
}

/** A run of a shaped line: one font (or emoji pictures) and one direction. */
export type ShapedRun =
  | {
      readonly kind: 'glyphs';
      /** The run's characters in logical order. */
      readonly text: string;
      /** Where the run starts, in px from the line's left end (visual order). */
      readonly x: number;
      readonly width: number;
      readonly direction: 'ltr' | 'rtl';
      /** The family of the font that draws it. */
      readonly family: string;
      readonly weight: FontWeight;
      /** The bytes of that font's file (to embed it in a PDF). */
      readonly font: Uint8Array;
      /** px per font unit. */
      readonly scale: number;
      readonly glyphs: readonly PlacedGlyph[];
    }
  | {
      readonly kind: 'emoji';
      readonly text: string;
      readonly x: number;
      readonly width: number;
      /** The picture's inner SVG markup and its square `viewBox` size. */
      readonly picture: string;
      readonly viewBox: number;
    };

/** One line shaped with the fallback chain and put in visual order by the bidi algorithm. */
export interface ShapedLine {
  /** The NFC-normalised text. */
  readonly text: string;
  readonly width: number;
  readonly direction: 'ltr' | 'rtl';
  readonly runs: readonly ShapedRun[];
  /** Characters that no font has (drawn as the main font's missing-glyph box). */
  readonly missing: readonly string[];
}

/** A font the measurer used, with its bytes (to embed or subset it). */
export interface UsedFont {
  readonly family: string;
  readonly weight: FontWeight;
  readonly bytes: Uint8Array;
  /** The text each font draws (to subset it to). */
  readonly text: string;
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
  /** Shapes one line with the fallback chain, in visual order: what PNG and PDF draw. */
  shapeLine?(text: string, style: TextStyle, direction?: 'ltr' | 'rtl'): ShapedLine;
  /** The characters of `text` that no font of the chain (nor the emoji pictures) can draw. */
  missingCharacters?(text: string): readonly string[];
  /** The fonts of the chain that draw `text` at `weight`, each with the characters it draws. */
  fontsForText?(text: string, weight?: FontWeight): readonly UsedFont[];
  /** The CSS `font-family` value: the main font, then the fallback fonts' families. */
  fontFamilyStack?(): string;
}
