import { isWideCodePoint } from './east-asian-wide.js';
import { isEmojiGrapheme } from './fallback-width.js';

/** How to get a font for characters that no font of the chain has, as one sentence. */
export function missingFontHint(characters: readonly string[]): string {
  const emoji = characters.some((c) => isEmojiGrapheme(c) || /\p{Extended_Pictographic}/u.test(c));
  const wide = characters.some((c) => isWideCodePoint(c.codePointAt(0) ?? 0));
  const packages = [
    ...(wide ? ['@roadmapkit/fonts-cjk'] : []),
    ...(emoji ? ['@roadmapkit/fonts-emoji'] : []),
  ];
  const install = packages.length > 0 ? `install ${packages.join(' and ')}, or ` : '';
  return `${install}add a font that has them (--font FILE, or the fontFiles option of createMeasurer)`;
}

/** Characters listed for a message: each with its code point, e.g. `𠀋 (U+2000B)`. */
export function describeCharacters(characters: readonly string[]): string {
  return characters
    .map(
      (c) =>
        `${c} (${[...c].map((p) => `U+${(p.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`,
    )
    .join(', ');
}
