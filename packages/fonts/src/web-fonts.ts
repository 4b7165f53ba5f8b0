/// <reference path="./subset-font.d.ts" />
// Node only: real web fonts (hb-subset through `subset-font`) for the text a picture draws.
import { createRequire } from 'node:module';
import { fontWeights } from './font-family.js';
import type { FontWeight, Measurer } from './types.js';

type SubsetFont = typeof import('subset-font').default;

/** A piece of text a picture draws, and its weight. */
export interface DrawnText {
  readonly text: string;
  readonly weight?: FontWeight;
}

/**
 * A font file cut down to the glyphs `text` needs (with their GSUB/GPOS closure, so Arabic
 * joining and Indic conjuncts still work), by HarfBuzz's hb-subset: `woff2` for pages,
 * `sfnt` (TTF/OTF) for PDF. The bytes are the same for the same input.
 */
export async function subsetFontFile(
  bytes: Uint8Array,
  text: string,
  format: 'woff2' | 'sfnt',
): Promise<Uint8Array> {
  // Loaded on first use (HarfBuzz's WebAssembly and woff2 are large), by `require`: it is
  // CommonJS, which `require` loads faster than `import()`.
  const loaded = createRequire(import.meta.url)('subset-font') as
    | SubsetFont
    | { default: SubsetFont };
  const subsetFont = typeof loaded === 'function' ? loaded : loaded.default;
  const out = await subsetFont(Buffer.from(bytes), text, { targetFormat: format });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
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
