import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontData } from './font-files.js';
import { subsetFontFileSync } from './web-font-subset-sync.js';
import { subsetFontFile } from './web-fonts.js';

describe('subsetFontFileSync', () => {
  const { regular } = loadFontData();

  it('keeps the glyphs of the text, mapped from their characters (a cmap), and drops the rest', () => {
    const subset = subsetFontFileSync(regular, 'Backend');
    expect(subset.byteLength).toBeLessThan(regular.byteLength / 10);
    const font = create(Buffer.from(subset)) as Font;
    for (const char of 'Backend')
      expect(font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)).toBe(true);
    expect(font.hasGlyphForCodePoint('Z'.codePointAt(0) ?? 0)).toBe(false);
    // Every table starts on a 4-byte boundary, as browsers' font sanitiser (OTS) demands.
    const view = new DataView(subset.buffer, subset.byteOffset, subset.byteLength);
    const tables = view.getUint16(4);
    for (let i = 0; i < tables; i++) expect(view.getUint32(12 + i * 16 + 8) % 4).toBe(0);
  });

  it('makes the same bytes on every call, as subsetFontFile makes them for a TTF', async () => {
    const sync = subsetFontFileSync(regular, 'Same text é');
    expect(sync).toEqual(subsetFontFileSync(regular, 'Same text é'));
    expect(sync).toEqual(await subsetFontFile(regular, 'Same text é', 'sfnt'));
  });

  it('says what went wrong for bytes that are not a font', () => {
    expect(() => subsetFontFileSync(new Uint8Array([1, 2, 3, 4]), 'x')).toThrow(/hb-subset/);
  });
});
