import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontData } from './font-files.js';
import { subsetFontFile } from './web-fonts.js';

const { regular, bold } = loadFontData();
const woffBuild = createRequire(import.meta.url)('@napi-rs/woff-build') as {
  convertTTFToWOFF2(input: Uint8Array, params?: { brotliQuality?: number }): Uint8Array;
};
const open = (bytes: Uint8Array) => create(Buffer.from(bytes)) as Font;

/** Each character's glyph as fontkit reads it: advance width and outline. */
function glyphs(font: Font, text: string): string[] {
  return [...text].map((char) => {
    const glyph = font.glyphForCodePoint(char.codePointAt(0) ?? 0);
    return `${char} ${glyph.advanceWidth} ${glyph.path.toSVG()}`;
  });
}

const TEXT = 'Backend roadmap: Go, Rust & SQL (2026) é';

describe('subsetFontFile', () => {
  it('packs a WOFF2 file whose glyphs (read back by fontkit) are those of the TTF subset', async () => {
    const woff2 = await subsetFontFile(bold, TEXT, 'woff2');
    const sfnt = await subsetFontFile(bold, TEXT, 'sfnt');
    expect(Buffer.from(woff2.subarray(0, 4)).toString('latin1')).toBe('wOF2');
    expect(woff2.byteLength).toBeLessThan(sfnt.byteLength / 2);
    const packed = open(woff2);
    expect(glyphs(packed, TEXT)).toEqual(glyphs(open(sfnt), TEXT));
    // …and those of the whole font: nothing was lost on the way.
    expect(glyphs(packed, TEXT)).toEqual(glyphs(open(bold), TEXT));
    expect(packed.hasGlyphForCodePoint('Z'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('makes the same bytes for the same input', async () => {
    const first = await subsetFontFile(regular, TEXT, 'woff2');
    expect(await subsetFontFile(regular, TEXT, 'woff2')).toEqual(first);
  });

  it('unpacks a WOFF2 or a WOFF font file first: the subset has the glyphs of the original', async () => {
    // A WOFF2 of the whole of Inter, and a WOFF of Noto Sans Arabic (as the fallbacks ship).
    const whole = woffBuild.convertTTFToWOFF2(regular, { brotliQuality: 1 });
    const fromWoff2 = open(await subsetFontFile(whole, TEXT, 'sfnt'));
    expect(glyphs(fromWoff2, TEXT)).toEqual(glyphs(open(regular), TEXT));
    const arabic = new Uint8Array(
      readFileSync(
        new URL('../fonts/noto/noto-sans-arabic-arabic-400-normal.woff', import.meta.url),
      ),
    );
    const word = 'مرحبا';
    const fromWoff = open(await subsetFontFile(arabic, word, 'woff2'));
    expect(glyphs(fromWoff, word)).toEqual(glyphs(open(arabic), word));
    // Arabic joining survives the subset: the word shapes to the same glyphs as in the original.
    const shaped = (font: Font) => font.layout(word).glyphs.map((glyph) => glyph.path.toSVG());
    expect(shaped(fromWoff)).toEqual(shaped(open(arabic)));
  });

  it('says what went wrong for a WOFF2 file that cannot be unpacked', async () => {
    const broken = new Uint8Array(64);
    broken.set([0x77, 0x4f, 0x46, 0x32]); // 'wOF2', then nothing that makes sense
    await expect(subsetFontFile(broken, 'x', 'woff2')).rejects.toThrow(
      /^a WOFF2 font file could not be unpacked \(/,
    );
  });
});
