import { describe, expect, it } from 'vitest';
import { emojiWidthEm, graphemeWidth, otherWidthEm, wideWidthEm } from './fallback-width.js';
import type { FontFace } from './font-face.js';

/** A font of 1000 units per em that covers ASCII and U+0301 only; every glyph is 500 wide. */
const face: FontFace = {
  unitsPerEm: 1000,
  ascent: 800,
  descent: 200,
  lineGap: 0,
  capHeight: 700,
  xHeight: 500,
  covers: (codePoint) => codePoint < 0x80 || codePoint === 0x301 || codePoint === 0xa9,
  shape: (text) => [...text].length * 500,
  glyphs: () => ({ advance: 0, glyphs: [] }),
};

describe('graphemeWidth', () => {
  it('hands covered graphemes to the font, without invisible code points', () => {
    expect(graphemeWidth('a', face)).toEqual({ text: 'a' });
    expect(graphemeWidth('e\u0301', face)).toEqual({ text: 'e\u0301' });
    expect(graphemeWidth('e\u0308', face)).toEqual({ text: 'e' }); // uncovered mark dropped
    expect(graphemeWidth('\u00a9\ufe0e', face)).toEqual({ text: '\u00a9' }); // text style
  });

  it('gives emoji the emoji width, even when the font has a text glyph', () => {
    const emoji = { units: emojiWidthEm * 1000 };
    expect(graphemeWidth('😀', face)).toEqual(emoji);
    expect(graphemeWidth('\u00a9\ufe0f', face)).toEqual(emoji);
    expect(graphemeWidth('1\ufe0f\u20e3', face)).toEqual(emoji);
    expect(graphemeWidth('🇫🇷', face)).toEqual(emoji);
  });

  it('gives uncovered graphemes the wide or the other width, marks included', () => {
    expect(graphemeWidth('日', face)).toEqual({ units: wideWidthEm * 1000 });
    expect(graphemeWidth('日\u0301', face)).toEqual({ units: wideWidthEm * 1000 });
    expect(graphemeWidth('ж', face)).toEqual({ units: otherWidthEm * 1000 });
  });

  it('gives invisible graphemes no width', () => {
    expect(graphemeWidth('\u200d', face)).toEqual({ units: 0 });
    expect(graphemeWidth('\ufe0f', face)).toEqual({ units: 0 });
    expect(graphemeWidth('\u0007', face)).toEqual({ units: 0 });
  });
});
