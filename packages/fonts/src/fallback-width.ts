import { isWideCodePoint } from './east-asian-wide.js';
import type { FontFace } from './font-face.js';

/** The width given to an emoji grapheme, in em (Noto Color Emoji advances 2550/2048 ≈ 1.245 em). */
export const emojiWidthEm = 1.25;
/** The width given to a wide East Asian grapheme the font lacks (ideographs, kana, Hangul). */
export const wideWidthEm = 1;
/** The width given to any other grapheme the font lacks (roughly an average letter). */
export const otherWidthEm = 0.6;

/** Code points that are drawn with no width: controls, format and other ignorable characters. */
const invisible = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;
/** Combining marks: they sit on their base and add no width. */
const mark = /\p{M}/u;
/** Code points that are always shown as an emoji picture. */
const emojiAlways = /[\p{Emoji_Presentation}\p{Regional_Indicator}\p{Emoji_Modifier}]/u;
/** The emoji presentation selector and the keycap: an emoji when they follow an emoji base. */
const emojiSelector = /\u20e3|\ufe0f/u;
const emojiBase = /^\p{Emoji}/u;
const pictographic = /\p{Extended_Pictographic}/u;

/**
 * The width of one grapheme cluster in font units, as `{ text }` to shape with the font (so it
 * joins its neighbours' run and gets kerning) or `{ units }` for a fixed width.
 *
 * - invisible code points and marks the font lacks are dropped (no width);
 * - emoji get `emojiWidthEm` (or the font's own width when that is wider);
 * - what the font covers is shaped by the font;
 * - anything else gets `wideWidthEm` (East Asian wide) or `otherWidthEm`, per grapheme, so
 *   combining marks on an uncovered base add nothing.
 */
export function graphemeWidth(
  grapheme: string,
  face: FontFace,
): { readonly text: string } | { readonly units: number } {
  let visible = '';
  let covered = true;
  let firstVisible: number | undefined;
  for (const char of grapheme) {
    if (invisible.test(char)) continue;
    const codePoint = char.codePointAt(0) ?? 0;
    const has = face.covers(codePoint);
    if (!has && mark.test(char)) continue;
    if (firstVisible === undefined) firstVisible = codePoint;
    if (!has) covered = false;
    visible += char;
  }
  if (firstVisible === undefined) return { units: 0 };
  const textStyle = grapheme.includes('\ufe0e') && !grapheme.includes('\ufe0f');
  const emoji =
    !textStyle &&
    (emojiAlways.test(grapheme) ||
      (emojiSelector.test(grapheme) && emojiBase.test(grapheme)) ||
      (!covered && pictographic.test(grapheme)));
  if (emoji) {
    const emojiUnits = emojiWidthEm * face.unitsPerEm;
    return { units: covered ? Math.max(emojiUnits, face.shape(visible)) : emojiUnits };
  }
  if (covered) return { text: visible };
  const em = isWideCodePoint(firstVisible) ? wideWidthEm : otherWidthEm;
  return { units: em * face.unitsPerEm };
}

/**
 * Whether a grapheme cluster is shown as an emoji picture: an emoji-presentation character,
 * a flag, a skin tone, a keycap, an emoji with VS16, or a ZWJ sequence of pictographs; never
 * with the text selector VS15.
 */
export function isEmojiGrapheme(grapheme: string): boolean {
  if (grapheme.includes('\ufe0e') && !grapheme.includes('\ufe0f')) return false;
  return (
    emojiAlways.test(grapheme) ||
    (emojiSelector.test(grapheme) && emojiBase.test(grapheme)) ||
    (grapheme.includes('\u200d') && pictographic.test(grapheme))
  );
}
