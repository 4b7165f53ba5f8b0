import type { Font } from 'fontkit';
import type { CreateFont } from './font-face.js';

/**
 * A TrueType font holding only the glyphs needed to draw `text` (and the missing-glyph
 * box), for embedding in an SVG or a page. Kerning and shaping data are not kept, so a
 * browser draws the text with the same advances the measurer measured without kerning
 * pairs; that is close, not exact. The result is the same bytes for the same input.
 */
export function subsetFontWith(create: CreateFont, bytes: Uint8Array, text: string): Uint8Array {
  // fontkit reads any Uint8Array; its types ask for a Node Buffer.
  const font = create(bytes as Buffer) as Font;
  const subset = font.createSubset();
  subset.includeGlyph(font.getGlyph(0));
  const seen = new Set<number>();
  for (const glyph of font.layout(text).glyphs) {
    if (seen.has(glyph.id)) continue;
    seen.add(glyph.id);
    subset.includeGlyph(glyph);
  }
  return new Uint8Array(subset.encode());
}
