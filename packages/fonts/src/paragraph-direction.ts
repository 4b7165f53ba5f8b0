import bidiFactory from 'bidi-js';

const bidi = bidiFactory();
/** Characters of the right-to-left scripts and the RTL marks (a quick test before the UBA). */
const rtlChar =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The direction of a paragraph by the Unicode Bidirectional Algorithm (bidi-js): the
 * direction of its first strong character, `'ltr'` when it has none.
 */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  if (!rtlChar.test(text)) return 'ltr';
  return (bidi.getEmbeddingLevels(text).paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}
