import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { parseFontFace } from './font-face.js';
import { loadFontData } from './font-files.js';
import { latinTable } from './latin-table.js';
import { latinWidths } from './latin-widths.js';
import { createTextWidth } from './text-width.js';

const fonts = loadFontData();
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const weights = ['regular', 'bold'] as const;
// Each pair: shaped by fontkit (no table) and from the table, over the same font.
const pairs = weights.map((weight) => {
  const face = parseFontFace(fonts[weight], weight, create);
  return {
    weight,
    shaped: createTextWidth(face, graphemes),
    table: createTextWidth(face, graphemes, latinTable(latinWidths[weight])),
  };
});

/** Words of the repository's example roadmaps (1,500 of them, in a fixed order). */
function exampleWords(): string[] {
  const root = join(import.meta.dirname, '../../../examples');
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(name))
        for (const word of readFileSync(path, 'utf8').split(/\s+/)) if (word) words.add(word);
    }
  };
  walk(root);
  return [...words]
    .sort()
    .filter((_, i) => i % 6 === 0)
    .slice(0, 1_500);
}

describe('the precomputed ASCII widths', () => {
  it('were made from the shipped font files', () => {
    expect(latinWidths.regular.advances).toHaveLength(95);
    // The table is found for the shipped bytes: a plain word does not need the font's shaping.
    const face = parseFontFace(fonts.regular, 'regular', create);
    let shaped = 0;
    const counting = {
      ...face,
      shape: (text: string) => {
        shaped++;
        return face.shape(text);
      },
    };
    createTextWidth(
      counting,
      graphemes,
      latinTable(latinWidths.regular),
    )('Backend roadmap index 14 of 4, topic 147 of 2047');
    expect(shaped).toBe(0);
  });

  it('give the same width as shaping for every word of the examples', () => {
    const words = exampleWords();
    expect(words.length).toBeGreaterThan(500);
    for (const { weight, shaped, table } of pairs)
      for (const word of words)
        expect([weight, word, table(word)]).toEqual([weight, word, shaped(word)]);
  });

  it('hold the vertical metrics the font parser reads', () => {
    for (const weight of weights)
      expect(latinWidths[weight].metrics).toEqual(
        expect.objectContaining(
          (({ unitsPerEm, ascent, descent, lineGap, capHeight, xHeight }) => ({
            unitsPerEm,
            ascent,
            descent,
            lineGap,
            capHeight,
            xHeight,
          }))(parseFontFace(fonts[weight], weight, create)),
        ),
      );
  });

  it('give the same width as shaping for lowercase words with x, and x beside other letters', () => {
    // `x` is told by the table only among lowercase letters (Inter turns 2x3 into 2×3).
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzxxxxA1X');
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 1, maxLength: 12 }), (text) => {
        for (const { shaped, table } of pairs) expect(table(text)).toBe(shaped(text));
      }),
      { numRuns: Number(process.env.LATIN_RUNS ?? 300) },
    );
  }, 120_000);

  it('give the same width as shaping for numbers with 4 and 7, and 4 and 7 beside other characters', () => {
    // `4` and `7` are told by the table only among digits (Inter kerns 07a and 24a by context).
    const digit = fc.constantFrom(...'0123456789444777aAx.,-(');
    fc.assert(
      fc.property(fc.string({ unit: digit, minLength: 1, maxLength: 12 }), (text) => {
        for (const { shaped, table } of pairs) expect(table(text)).toBe(shaped(text));
      }),
      { numRuns: Number(process.env.LATIN_RUNS ?? 300) },
    );
    for (const { shaped, table } of pairs)
      for (let n = 0; n < 2_000; n++) {
        const text = String(n * 37);
        expect([text, table(text)]).toEqual([text, shaped(text)]);
      }
  }, 120_000);

  it('tell one- and two-character words of any printable characters as shaping does', () => {
    const printable = Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i));
    const words = [...printable, ...printable.flatMap((a) => printable.map((b) => a + b))];
    for (const { weight, shaped, table } of pairs)
      for (const word of words)
        expect([weight, word, table(word)]).toEqual([weight, word, shaped(word)]);
  }, 120_000);

  it('give the same width as shaping for any printable ASCII text', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      maxLength: 16,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        for (const { shaped, table } of pairs) expect(table(text)).toBe(shaped(text));
      }),
      { numRuns: Number(process.env.LATIN_RUNS ?? 300) },
    );
  }, 120_000);
});
