import type { create } from 'fontkit';
import type { LatinWidths } from './latin-widths.js';

/** fontkit's `create`, given by each entry: imported (browser) or required on first use (Node). */
export type CreateFont = typeof create;

/**
 * One parsed font: its metrics in font units and the two operations the measurer needs. It
 * holds the fontkit font (which keeps its own glyph caches), so it belongs to one measurer.
 */
export interface FontFace {
  readonly unitsPerEm: number;
  readonly ascent: number;
  /** Below the baseline, as a positive number of font units. */
  readonly descent: number;
  readonly lineGap: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** Whether the font has a glyph for this code point. */
  covers(codePoint: number): boolean;
  /** The advance width of `text` shaped as one run (kerning, ligatures), in font units. */
  shape(text: string): number;
  /**
   * Shapes `text` as one run (GSUB/GPOS: joining, conjuncts, marks, kerning) in the given
   * direction; for `rtl` the glyphs come in visual order (right to left reversed).
   */
  glyphs(text: string, direction: 'ltr' | 'rtl'): ShapedGlyphs;
}

/** A shaped run in font units: glyphs in visual order, each with its advance and offset. */
export interface ShapedGlyphs {
  readonly advance: number;
  readonly glyphs: readonly {
    readonly id: number;
    readonly advance: number;
    readonly dx: number;
    readonly dy: number;
    /** The outline as SVG path data in font units (y up). */
    readonly path: () => string;
  }[];
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * Parses TTF/OTF/WOFF bytes. Throws a TypeError that names `label` when the bytes are not a
 * single font (a collection, or not a font at all).
 */
export function parseFontFace(bytes: Uint8Array, label: string, create: CreateFont): FontFace {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
    throw new TypeError(`${label}: expected the bytes of a TTF or OTF file, received no bytes`);
  }
  let parsed: ReturnType<typeof create>;
  try {
    // fontkit reads any Uint8Array; its types ask for a Node Buffer.
    parsed = create(bytes as Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`${label}: the bytes are not a font fontkit can read (${reason})`);
  }
  if (!('layout' in parsed)) {
    throw new TypeError(`${label}: expected a single font, received a font collection`);
  }
  const font = parsed;
  const unitsPerEm = font.unitsPerEm;
  if (!(Number.isFinite(unitsPerEm) && unitsPerEm > 0)) {
    throw new TypeError(`${label}: the font has no valid unitsPerEm (received ${unitsPerEm})`);
  }
  const ascent = finiteOr(font.ascent, unitsPerEm * 0.8);
  // Outlines as SVG path data, by glyph id: a PNG draws every line from them, every time.
  const outlines = new Map<number, string>();
  const outline = (glyph: { id: number; path: { toSVG(): string } }): string => {
    let data = outlines.get(glyph.id);
    if (data === undefined) {
      data = glyph.path.toSVG();
      outlines.set(glyph.id, data);
    }
    return data;
  };
  return {
    unitsPerEm,
    ascent,
    descent: Math.abs(finiteOr(font.descent, unitsPerEm * -0.2)),
    lineGap: Math.max(0, finiteOr(font.lineGap, 0)),
    capHeight: finiteOr(font.capHeight, ascent * 0.7),
    xHeight: finiteOr(font.xHeight, ascent * 0.5),
    covers: (codePoint) => font.hasGlyphForCodePoint(codePoint),
    shape: (text) => finiteOr(font.layout(text).advanceWidth, 0),
    glyphs: (text, direction) => {
      const run = font.layout(text, undefined, undefined, undefined, direction);
      let advance = 0;
      const glyphs = run.glyphs.map((glyph, i) => {
        const position = run.positions[i];
        const xAdvance = finiteOr(position?.xAdvance ?? glyph.advanceWidth, 0);
        advance += xAdvance;
        return {
          id: glyph.id,
          advance: xAdvance,
          dx: finiteOr(position?.xOffset ?? 0, 0),
          dy: finiteOr(position?.yOffset ?? 0, 0),
          path: () => outline(glyph),
        };
      });
      return { advance, glyphs };
    },
  };
}

/**
 * A face of a shipped font whose precomputed table holds its metrics: fontkit reads the bytes
 * only when a glyph is asked for (text the table cannot measure), so Latin text never loads it.
 */
export function tableFontFace(metrics: LatinWidths['metrics'], parse: () => FontFace): FontFace {
  let parsed: FontFace | undefined;
  const face = (): FontFace => {
    parsed ??= parse();
    return parsed;
  };
  return {
    ...metrics,
    covers: (codePoint) => (codePoint >= 0x20 && codePoint <= 0x7e) || face().covers(codePoint),
    shape: (text) => face().shape(text),
    glyphs: (text, direction) => face().glyphs(text, direction),
  };
}
