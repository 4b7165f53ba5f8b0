// Node only: real web fonts (HarfBuzz hb-subset, Google's WOFF2 encoder) for the text a
// picture draws.
import { createRequire } from 'node:module';
import { fontWeights } from './font-family.js';
import type { FontWeight, Measurer } from './types.js';
import { subsetFontFileSync } from './web-font-subset-sync.js';
import { woffToSfnt } from './woff-to-sfnt.js';

/** A piece of text a picture draws, and its weight. */
export interface DrawnText {
  readonly text: string;
  readonly weight?: FontWeight;
}

/** The part of `@napi-rs/woff-build` (Google's woff2 library, native) used here. */
interface WoffBuild {
  convertTTFToWOFF2(input: Uint8Array, params?: { brotliQuality?: number }): Uint8Array;
  convertWOFF2ToTTF(input: Uint8Array): Uint8Array;
}

let woffBuild: WoffBuild | undefined;

/** Google's woff2 encoder and decoder, loaded on first use (a native library). */
function woff2(): WoffBuild {
  woffBuild ??= createRequire(import.meta.url)('@napi-rs/woff-build') as WoffBuild;
  return woffBuild;
}

/**
 * The Brotli quality of the WOFF2 files made here. 11 (the woff2 tool's default) packs a
 * subset of Inter about 10% smaller but takes ten times as long: about 100 ms a font, most of
 * the time of building a page (measured in `bench/web-fonts.bench.mjs`).
 */
export const WOFF2_QUALITY = 6;

/** Fonts decoded from WOFF and WOFF2, by the bytes they were decoded from. */
const decoded = new WeakMap<Uint8Array, Uint8Array>();

/** The TrueType/OpenType font (sfnt) of a font file: WOFF and WOFF2 unpacked, once. */
function sfntOf(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = bytes.byteLength >= 4 ? view.getUint32(0) : 0;
  if (signature !== 0x774f4632 && signature !== 0x774f4646) return bytes; // 'wOF2', 'wOFF'
  let sfnt = decoded.get(bytes);
  if (!sfnt) {
    sfnt = signature === 0x774f4632 ? unpackWoff2(bytes) : woffToSfnt(bytes);
    decoded.set(bytes, sfnt);
  }
  return sfnt;
}

function unpackWoff2(bytes: Uint8Array): Uint8Array {
  try {
    return new Uint8Array(woff2().convertWOFF2ToTTF(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`a WOFF2 font file could not be unpacked (${reason})`);
  }
}

/**
 * A font file (TTF, OTF, WOFF or WOFF2) cut down to the glyphs `text` needs (with their
 * GSUB/GPOS closure, so Arabic joining and Indic conjuncts still work), by HarfBuzz's
 * hb-subset: `woff2` for pages (Google's woff2 encoder, Brotli at {@link WOFF2_QUALITY}),
 * `sfnt` (TTF/OTF) for PDF. The bytes are the same for the same input.
 */
export async function subsetFontFile(
  bytes: Uint8Array,
  text: string,
  format: 'woff2' | 'sfnt',
): Promise<Uint8Array> {
  const subset = subsetFontFileSync(sfntOf(bytes), text);
  if (format === 'sfnt') return subset;
  const packed = woff2().convertTTFToWOFF2(subset, { brotliQuality: WOFF2_QUALITY });
  return zeroWoff2Padding(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
}

/** Reads a UIntBase128 (WOFF2's variable-length number) at `at`: its value and next offset. */
function base128(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = bytes[at + i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  throw new TypeError('WOFF2: a table directory number runs past 5 bytes');
}

/**
 * Sets to zero the bytes after a WOFF2 file's compressed data (its padding to a 4-byte
 * boundary), in place. The woff2 library leaves them as it found its memory, so the same font
 * could come out with another last byte in another process; WOFF2 asks for zeros there. A
 * file with metadata, private data or several fonts is returned as it is (none is made here).
 */
export function zeroWoff2Padding(file: Uint8Array): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.byteLength < 48 || view.getUint32(0) !== 0x774f4632) return file; // 'wOF2'
  const collection = view.getUint32(4) === 0x74746366; // 'ttcf'
  if (collection || view.getUint32(28) !== 0 || view.getUint32(40) !== 0) return file;
  let at = 48;
  for (let table = view.getUint16(12); table > 0; table--) {
    const flags = file[at] ?? 0;
    // A known table's index (63: a tag of its own follows), and its transform version.
    const known = flags & 0x3f;
    const version = flags >> 6;
    at += known === 0x3f ? 5 : 1;
    at = base128(file, at).next;
    // glyf (10) and loca (11) are transformed by version 0; other tables by any other.
    if ((known === 10 || known === 11) === (version === 0)) at = base128(file, at).next;
  }
  file.fill(0, Math.min(file.byteLength, at + view.getUint32(20)));
  return file;
}

/**
 * `@font-face` rules embedding every font of the measurer's chain that draws `texts`, each a
 * WOFF2 subset to the characters it draws, as `data:` URLs. Families and weights are those of
 * `measurer.fontFamilyStack()`, so a browser draws with exactly the fonts that measured.
 */
export async function fontFaceCss(
  texts: readonly DrawnText[],
  measurer: Measurer,
): Promise<string> {
  if (!measurer.fontsForText) throw new TypeError('fontFaceCss: the measurer has no font chain');
  const byFont = new Map<
    string,
    { family: string; weight: FontWeight; bytes: Uint8Array; chars: Set<string> }
  >();
  for (const { text, weight = 'regular' } of texts) {
    for (const font of measurer.fontsForText(text, weight)) {
      const key = `${font.family}\u0000${font.weight}\u0000${font.bytes.byteLength}`;
      const entry = byFont.get(key) ?? { ...font, chars: new Set<string>() };
      for (const char of font.text) entry.chars.add(char);
      byFont.set(key, entry);
    }
  }
  const rules: string[] = [];
  const sorted = [...byFont].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, font] of sorted) {
    const chars = [...font.chars].filter((char) => char.trim() !== '' || char === ' ');
    if (chars.length === 0) continue;
    const woff2 = await subsetFontFile(font.bytes, chars.sort().join(''), 'woff2');
    const family = font.family.replace(/['\\]/g, '');
    rules.push(
      `@font-face { font-family: '${family}'; font-weight: ${fontWeights[font.weight]}; font-display: block; src: url(data:font/woff2;base64,${Buffer.from(woff2).toString('base64')}) format('woff2') }`,
    );
  }
  return rules.length === 0 ? '' : `${rules.join('\n')}\n`;
}
