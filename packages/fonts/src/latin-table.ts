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
}

/** Reads the strings of a generated table into lookups. */
export function latinTable(table: LatinWidths): LatinTable {
  const unsafe = new Set([...table.unsafe].map((char) => char.charCodeAt(0)));
  const amongLowercase = new Set([...table.lowercaseSafe].map((char) => char.charCodeAt(0)));
  const pairs = new Map(
    table.kerning
      .split(' ')
      .map((entry): [string, number] => [entry.slice(0, 2), Number(entry.slice(2))]),
  );
  const shapedPairs = new Set(table.shapedPairs.split(' '));
  const advance = (code: number) => table.advances[code - 0x20] ?? 0;
  const kerning = (pair: string) => pairs.get(pair) ?? 0;
  const printable = (code: number) => code > 0x20 && code < 0x7f;
  const word = (word: string): number | undefined => {
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
      return advance(a) + advance(b) + kerning(word);
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
      if (i > 0) units += kerning(word.slice(i - 1, i + 1));
    }
    return company === 3 ? undefined : units;
  };
  return { fingerprint: table.fingerprint, advance, kerning, word };
}
