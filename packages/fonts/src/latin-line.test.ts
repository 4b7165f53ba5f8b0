import fc from 'fast-check';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createMeasurerWith } from './create-measurer.js';
import { loadFontData } from './font-files.js';
import { latinTable } from './latin-table.js';
import { latinWidths } from './latin-widths.js';
import type { ShapedLine } from './types.js';

const fonts = loadFontData();
let parsed = 0;
/** fontkit's `create`, counted: the fast path must never ask for it. */
const counted = () => {
  parsed++;
  return create;
};
const fast = createMeasurerWith(counted, fonts, {});
/** The same fonts with a byte more: not the files the tables were made from, so all shaped. */
const padded = (bytes: Uint8Array) => {
  const copy = new Uint8Array(bytes.length + 1);
  copy.set(bytes);
  return copy;
};
const shaped = createMeasurerWith(() => create, {
  regular: padded(fonts.regular),
  bold: padded(fonts.bold),
});
const weights = ['regular', 'bold'] as const;

/** The line with each run's font bytes left out (the two measurers hold different copies). */
const comparable = (line: ShapedLine) => ({
  ...line,
  runs: line.runs.map((run) => (run.kind === 'glyphs' ? { ...run, font: 'font bytes' } : run)),
});

/** Characters the width table tells in a word of any length (see scripts/latin-widths.mjs). */
const safe = (weight: (typeof weights)[number]) =>
  Array.from({ length: 94 }, (_, i) => String.fromCharCode(0x21 + i)).filter(
    (char) => !latinWidths[weight].unsafe.includes(char),
  );

describe('Latin lines shaped from the tables', () => {
  it('are what the font parser shapes, glyph for glyph, for words of context-free characters', () => {
    // Lowercase words may also hold `x` (told among lowercase letters only). Numbers with `4`
    // or `7` are measured from the table but, in a line, left to the font parser (it kerns them
    // by what follows after a space): see 'leave other text to the font parser'.
    const word = (weight: (typeof weights)[number]) =>
      fc.oneof(
        fc.string({ unit: fc.constantFrom(...safe(weight)), minLength: 1, maxLength: 9 }),
        fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzx'), minLength: 1 }),
      );
    for (const weight of weights) {
      const line = fc.tuple(
        fc.array(word(weight), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(' ', '  '),
        fc.boolean(),
      );
      fc.assert(
        fc.property(line, fc.constantFrom(11, 13.5, 16, 28), ([words, gap, padded], size) => {
          const text = padded ? ` ${words.join(gap)} ` : words.join(gap);
          const style = { size, weight };
          expect(comparable(fast.shapeLine?.(text, style) as ShapedLine)).toEqual(
            comparable(shaped.shapeLine?.(text, style) as ShapedLine),
          );
        }),
        { numRuns: Number(process.env.LATIN_RUNS ?? 200) },
      );
    }
    expect(parsed).toBe(0);
  }, 120_000);

  it('are as wide as measuring says, for every line the table measures', () => {
    const printable = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
      minLength: 1,
      maxLength: 5,
    });
    for (const weight of weights) {
      const table = latinTable(latinWidths[weight]);
      // Any word the table measures: also 1–2 characters of punctuation, 4 and 7.
      const word = printable.filter((text) => table.lineWord(text) !== undefined);
      fc.assert(
        fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
          const text = words.join(' ');
          const line = fast.shapeLine?.(text, { size: 14, weight });
          expect(line?.width).toBeCloseTo(fast.measureText(text, { size: 14, weight }), 9);
        }),
        { numRuns: Number(process.env.LATIN_RUNS ?? 200) },
      );
    }
    expect(parsed).toBe(0);
  });

  it('draw each glyph with its outline and place it by advance and kerning', () => {
    const line = fast.shapeLine?.('AV a', { size: 20, weight: 'regular' });
    const run = line?.runs[0];
    if (run?.kind !== 'glyphs') throw new Error('expected one run of glyphs');
    const { advances, kerning } = latinWidths.regular;
    const av = Number(/(?:^| )AV(-?\d+)/.exec(kerning)?.[1]);
    expect(av).toBeLessThan(0);
    const scale = 20 / 2048;
    expect(run.glyphs.map((glyph) => glyph.x)).toEqual([
      0,
      ((advances[0x41 - 0x20] as number) + av) * scale,
      ((advances[0x41 - 0x20] as number) + av + (advances[0x56 - 0x20] as number)) * scale,
      ((advances[0x41 - 0x20] as number) +
        av +
        (advances[0x56 - 0x20] as number) +
        (advances[0] as number)) *
        scale,
    ]);
    expect(run.glyphs.map((glyph) => glyph.path.slice(0, 4))).toEqual(['M52 ', 'M600', '', 'M471']);
  });

  it('leave other text to the font parser', () => {
    parsed = 0;
    const fresh = createMeasurerWith(counted, fonts, {});
    for (const [text, direction] of [
      ['Node.js and npm', undefined],
      ['Topic 147 A', undefined],
      ['Café', undefined],
      ['plain words', 'rtl'],
    ] as const) {
      const before = parsed;
      const line = fresh.shapeLine?.(text, { size: 16 }, direction);
      expect(line?.text).toBe(text);
      // The first of them parses the font; each is shaped by it, as the same fonts shape it.
      expect(comparable(line as ShapedLine)).toEqual(
        comparable(shaped.shapeLine?.(text, { size: 16 }, direction) as ShapedLine),
      );
      expect(parsed - before).toBeLessThanOrEqual(1);
    }
    expect(parsed).toBe(1);
  });
});
