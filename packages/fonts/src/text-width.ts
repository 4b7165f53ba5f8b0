import { graphemeWidth } from './fallback-width.js';
import type { FontFace } from './font-face.js';
import type { LatinTable } from './latin-table.js';

/** Characters that send a word down the grapheme-by-grapheme path (see `fallback-width.ts`). */
const special =
  /[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Emoji_Presentation}\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]|\u20e3|\ufe0f/u;

/** How many word widths one font keeps before the cache starts over. */
const cacheLimit = 20_000;

/** Measures a line of text in font units. */
export type TextWidth = (text: string) => number;

/**
 * Measures text with one font the way browsers' word caches do: the text is cut at spaces,
 * each word is shaped as one run (kerning and ligatures inside the word) and remembered, and
 * the widths are added up. The cache lives in the returned function, one per font per measurer.
 */
export function createTextWidth(
  face: FontFace,
  graphemes: Intl.Segmenter,
  latin?: LatinTable,
): TextWidth {
  const words = new Map<string, number>();
  const tableWidth = latin?.word;
  const spaceUnits =
    latin?.advance(0x20) ?? (face.covers(0x20) ? face.shape(' ') : 0.25 * face.unitsPerEm);

  const graphemeByGrapheme = (word: string): number => {
    let units = 0;
    let run = '';
    for (const { segment } of graphemes.segment(word)) {
      const width = graphemeWidth(segment, face);
      if ('text' in width) {
        run += width.text;
        continue;
      }
      if (run !== '') units += face.shape(run);
      run = '';
      units += width.units;
    }
    return run === '' ? units : units + face.shape(run);
  };

  const wordUnits = (word: string): number => {
    const cached = words.get(word);
    if (cached !== undefined) return cached;
    const fromTable = tableWidth?.(word);
    if (fromTable !== undefined) {
      if (words.size >= cacheLimit) words.clear();
      words.set(word, fromTable);
      return fromTable;
    }
    let plain = !special.test(word);
    if (plain) {
      for (const char of word) {
        if (!face.covers(char.codePointAt(0) ?? 0)) {
          plain = false;
          break;
        }
      }
    }
    const units = plain ? face.shape(word) : graphemeByGrapheme(word);
    if (words.size >= cacheLimit) words.clear();
    words.set(word, units);
    return units;
  };

  return (text) => {
    let units = 0;
    let start = 0;
    for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', start)) {
      if (space > start) units += wordUnits(text.slice(start, space));
      units += spaceUnits;
      start = space + 1;
    }
    if (start < text.length) units += wordUnits(text.slice(start));
    return units;
  };
}
