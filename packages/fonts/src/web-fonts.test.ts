import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontData } from './font-files.js';
import { subsetFontFile, zeroWoff2Padding } from './web-fonts.js';

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

describe('zeroWoff2Padding', () => {
  /** A WOFF2 file's frame: 3 table entries, 5 bytes of (stand-in) data, 3 of padding. */
  function framed(padding: number, metaOffset = 0): Uint8Array {
    const directory = [
      ...[0x3f, 0x61, 0x62, 0x63, 0x64, 0x81, 0x00], // a tag of its own, 128 bytes: no transform length
      ...[10, 0x10, 0x81, 0x00], // glyf, transform version 0: a transform length follows
      ...[11 | (3 << 6), 0x81, 0x00], // loca, version 3 (no transform): none follows
    ];
    const file = new Uint8Array(48 + directory.length + 5 + 3);
    const view = new DataView(file.buffer);
    view.setUint32(0, 0x774f4632);
    view.setUint32(4, 0x00010000);
    view.setUint32(8, file.byteLength);
    view.setUint16(12, 3);
    view.setUint32(20, 5);
    view.setUint32(28, metaOffset);
    file.set(directory, 48);
    file.fill(0x11, 48 + directory.length, 48 + directory.length + 5);
    file.fill(padding, 48 + directory.length + 5);
    return file;
  }

  it('sets the bytes after the compressed data to zero, and nothing before them', () => {
    const file = framed(0xaa);
    const expected = framed(0);
    expect(zeroWoff2Padding(file)).toEqual(expected);
    expect(file.subarray(-4)).toEqual(Uint8Array.of(0x11, 0, 0, 0));
  });

  it('leaves a file with metadata, and bytes that are not WOFF2, as they are', () => {
    const withMetadata = framed(0xaa, 68);
    expect(zeroWoff2Padding(withMetadata.slice())).toEqual(withMetadata);
    const other = Uint8Array.of(1, 2, 3, 4);
    expect(zeroWoff2Padding(other.slice())).toEqual(other);
  });

  it('is applied to every WOFF2 subset: its last bytes past the data are zeros', async () => {
    for (const text of ['a', 'Backend', TEXT]) {
      const packed = await subsetFontFile(regular, text, 'woff2');
      expect(zeroWoff2Padding(packed.slice())).toEqual(packed);
    }
  });
});
