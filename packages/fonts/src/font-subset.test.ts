import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontData } from './font-files.js';
import { subsetFont } from './measurer.js';

describe('subsetFont', () => {
  const { regular } = loadFontData();

  it('keeps the glyphs of the text and drops the rest', () => {
    const subset = subsetFont(regular, 'Backend');
    expect(subset.byteLength).toBeLessThan(regular.byteLength / 10);
    const font = create(subset as Buffer) as Font;
    expect(font.numGlyphs).toBe(1 + new Set('Backend').size);
  });

  it('gives the same bytes for the same text', () => {
    expect(subsetFont(regular, 'Same text')).toEqual(subsetFont(regular, 'Same text'));
  });
});
