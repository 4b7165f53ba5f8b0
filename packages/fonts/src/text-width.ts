import { graphemeWidth } from './fallback-width.js';
import type { FontFace } from './font-face.js';
import type { LatinWidths } from './latin-widths.js';

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
  latin?: LatinWidths,
): TextWidth {
  const words = new Map<string, number>();
  const tableWidth = latin ? latinWidth(latin) : undefined;
  const spaceUnits =
    latin?.advances[0] ?? (face.covers(0x20) ? face.shape(' ') : 0.25 * face.unitsPerEm);

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

/**
 * The width of a word from the precomputed table (advances plus pair kerning), or undefined
 * when a character is outside printable ASCII or is one whose shaping the table cannot tell
 * in a word that long.
 * Equal to the font's shaping for every word it answers (see scripts/latin-widths.mjs).
 */
function latinWidth(table: LatinWidths): (word: string) => number | undefined {
  const unsafe = new Set([...table.unsafe].map((char) => char.charCodeAt(0)));
  const amongLowercase = new Set([...table.lowercaseSafe].map((char) => char.charCodeAt(0)));
  const kerning = new Map(
    table.kerning
      .split(' ')
      .map((entry): [string, number] => [entry.slice(0, 2), Number(entry.slice(2))]),
  );
  const shapedPairs = new Set(table.shapedPairs.split(' '));
  const advance = (code: number) => table.advances[code - 0x20] ?? 0;
  const printable = (code: number) => code > 0x20 && code < 0x7f;
  return (word) => {
    // A one-character word is its advance; a two-character one its advances and their
    // kerning unless shaping changes the pair (both exactly as the font shapes them).
    if (word.length === 1) {
      const code = word.charCodeAt(0);
      return printable(code) ? advance(code) : undefined;
    }
    if (word.length === 2) {
      const a = word.charCodeAt(0);
      const b = word.charCodeAt(1);
      if (!printable(a) || !printable(b) || shapedPairs.has(word)) return undefined;
      return advance(a) + advance(b) + (kerning.get(word) ?? 0);
    }
    let units = 0;
    // Bit 1: a character told only among lowercase letters; bit 2: a character outside a–z.
    let company = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code <= 0x20 || code >= 0x7f) return undefined;
      if (unsafe.has(code)) {
        if (!amongLowercase.has(code)) return undefined;
        company |= 1;
      } else if (code < 0x61 || code > 0x7a) company |= 2;
      units += advance(code);
      if (i > 0) units += kerning.get(word.slice(i - 1, i + 1)) ?? 0;
    }
    return company === 3 ? undefined : units;
  };
}
