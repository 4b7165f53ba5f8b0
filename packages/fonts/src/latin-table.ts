import type { LatinWidths } from './latin-widths.js';

/** A font's precomputed ASCII widths, read once: what measuring and the Latin line path use. */
export interface LatinTable {
  /** The fingerprint of the font file the table was made from. */
  readonly fingerprint: number;
  /** The advance of a printable ASCII character (U+0020–U+007E), in font units. */
  advance(code: number): number;
  /** The kerning between two characters of one word, in font units (0 when none). */
  kerning(pair: string): number;
  /**
   * The width of a word (no space) from the table, in font units, or undefined when a
   * character is outside printable ASCII or is one whose shaping the table cannot tell in a
   * word that long. Equal to the font's shaping for every word it answers (see
   * scripts/latin-widths.mjs).
   */
  word(word: string): number | undefined;
  /**
   * The width of a word in a line, as the font shapes the whole line: as `word`, except that a
   * word with a character told only among digits (a number with `4` or `7`) is undefined,
   * since the font kerns it differently when a letter or punctuation follows after a space.
   */
  lineWord(word: string): number | undefined;
}

/** Reads the strings of a generated table into lookups. */
export function latinTable(table: LatinWidths): LatinTable {
  const unsafe = new Set([...table.unsafe].map((char) => char.charCodeAt(0)));
  const amongLowercase = new Set([...table.lowercaseSafe].map((char) => char.charCodeAt(0)));
  const amongDigits = new Set([...table.digitSafe].map((char) => char.charCodeAt(0)));
  const pairs = new Map(
    table.kerning
      .split(' ')
      .map((entry): [string, number] => [entry.slice(0, 2), Number(entry.slice(2))]),
  );
  const shapedPairs = new Set(table.shapedPairs.split(' '));
  const advance = (code: number) => table.advances[code - 0x20] ?? 0;
  const kerning = (pair: string) => pairs.get(pair) ?? 0;
  const printable = (code: number) => code > 0x20 && code < 0x7f;
  /** The word's width, and whether the table tells it only because it is a number. */
  const measure = (word: string): { units: number; number: boolean } | undefined => {
    // A one-character word is its advance; a two-character one its advances and their
    // kerning unless shaping changes the pair (both exactly as the font shapes them).
    if (word.length === 1) {
      const code = word.charCodeAt(0);
      return printable(code) ? { units: advance(code), number: false } : undefined;
    }
    if (word.length === 2) {
      const a = word.charCodeAt(0);
      const b = word.charCodeAt(1);
      if (!printable(a) || !printable(b) || shapedPairs.has(word)) return undefined;
      return { units: advance(a) + advance(b) + kerning(word), number: false };
    }
    let units = 0;
    // Bits 1 and 2: a character told only among lowercase letters, only among digits;
    // bits 4 and 8: a character other than a–z, other than 0–9.
    let company = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code <= 0x20 || code >= 0x7f) return undefined;
      if (unsafe.has(code)) {
        if (amongLowercase.has(code)) company |= 1;
        else if (amongDigits.has(code)) company |= 2;
        else return undefined;
      }
      if (code < 0x61 || code > 0x7a) company |= 4;
      if (code < 0x30 || code > 0x39) company |= 8;
      units += advance(code);
      if (i > 0) units += kerning(word.slice(i - 1, i + 1));
    }
    const outOfCompany =
      ((company & 1) !== 0 && (company & 4) !== 0) || ((company & 2) !== 0 && (company & 8) !== 0);
    return outOfCompany ? undefined : { units, number: (company & 2) !== 0 };
  };
  const word = (text: string) => measure(text)?.units;
  const lineWord = (text: string) => {
    const measured = measure(text);
    return measured && !measured.number ? measured.units : undefined;
  };
  return { fingerprint: table.fingerprint, advance, kerning, word, lineWord };
}
