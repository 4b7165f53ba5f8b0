import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFontData } from './font-files.js';
import { createMeasurer } from './measurer.js';
import type { WrapOptions, WrappedText } from './types.js';

const measurer = createMeasurer(loadFontData());
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const graphemeCount = (text: string): number => [...graphemes.segment(text)].length;
/** Everything a wrap may drop at line ends: white space, NEL and the zero width space. */
const breakSpace = /[\s\u0085\u200b]/gu;
/** Breakable spaces and hard breaks (not the no-break spaces), which never start or end a line. */
const lineEndSpace =
  /^[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000]|[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000]$/u;
const texts = (wrapped: WrappedText): string[] => wrapped.lines.map((line) => line.text);

/** The invariants every wrap must keep, whatever the text and width. */
function expectWellWrapped(text: string, options: WrapOptions, wrapped: WrappedText): void {
  for (const line of wrapped.lines) {
    expect(Number.isFinite(line.width)).toBe(true);
    expect(line.width).toBe(measurer.measureText(line.text, options));
    if (line.width > options.maxWidth) {
      expect(graphemeCount(line.text)).toBe(line.broken ? 2 : 1);
    }
    if (line.broken) expect(line.text.endsWith('-')).toBe(true);
    expect(line.text).not.toMatch(lineEndSpace);
  }
  const widest = Math.max(0, ...wrapped.lines.map((line) => line.width));
  expect(wrapped.width).toBe(widest);
  expect(wrapped.height).toBe(wrapped.lines.length * measurer.lineHeight(options.size));
  const unmarked = wrapped.lines.map((line) => (line.broken ? line.text.slice(0, -1) : line.text));
  expect(unmarked.join('').replace(breakSpace, '')).toBe(
    text.normalize('NFC').replace(breakSpace, ''),
  );
}

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    const wrapped = measurer.wrapText('Learn Git', { size: 14, maxWidth: 200 });
    expect(texts(wrapped)).toEqual(['Learn Git']);
    expect(wrapped.width).toBe(measurer.measureText('Learn Git', { size: 14 }));
  });

  it('breaks at spaces, filling each line greedily', () => {
    const options = { size: 14, maxWidth: 120 };
    const text = 'Learn the basics of HTTP, DNS and hosting before building APIs';
    const wrapped = measurer.wrapText(text, options);
    expect(texts(wrapped)).toEqual([
      'Learn the basics',
      'of HTTP, DNS', // 'of HTTP, DNS and' is 120.6 px
      'and hosting',
      'before building',
      'APIs',
    ]);
    expectWellWrapped(text, options, wrapped);
    // Greedy: the next line's first word would not have fitted on the line before.
    const lines = texts(wrapped);
    for (let i = 1; i < lines.length; i++) {
      const firstWord = lines[i]?.split(' ')[0] ?? '';
      expect(measurer.measureText(`${lines[i - 1]} ${firstWord}`, options)).toBeGreaterThan(120);
    }
  });

  it('breaks after a hyphen and keeps the hyphen on the first line', () => {
    // 'server-side' is 75 px wide at 14 px, 'rendering' 64 px.
    const wrapped = measurer.wrapText('server-side rendering', { size: 14, maxWidth: 70 });
    expect(texts(wrapped)).toEqual(['server-', 'side', 'rendering']);
  });

  it('ends a line at every hard line break and keeps blank lines', () => {
    const wrapped = measurer.wrapText('one\ntwo\r\n\nthree', { size: 14, maxWidth: 500 });
    expect(texts(wrapped)).toEqual(['one', 'two', '', 'three']);
  });

  it('breaks a word wider than the line between graphemes', () => {
    const options = { size: 14, maxWidth: 60 };
    const word = 'Supercalifragilisticexpialidocious';
    const wrapped = measurer.wrapText(word, options);
    expect(texts(wrapped)).toEqual(['Superc-', 'alifragili-', 'sticexpi-', 'alidocio-', 'us']);
    expect(wrapped.lines.map((line) => line.broken ?? false)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expectWellWrapped(word, options, wrapped);
  });

  it('wraps a 20,000-letter word into marked lines, each as full as it can be', () => {
    const word = 'abcdefghij'.repeat(2000);
    const options = { size: 14, maxWidth: 100 };
    const wrapped = measurer.wrapText(word, options);
    const first = wrapped.lines[0]?.text ?? '';
    const perLine = first.length - 1; // less the marker
    // The first line holds as many letters as fit with the marker, and one more would not fit.
    expect(measurer.measureText(first, options)).toBeLessThanOrEqual(100);
    expect(measurer.measureText(`${word.slice(0, perLine + 1)}-`, options)).toBeGreaterThan(100);
    expect(wrapped.lines.length).toBeGreaterThan(20_000 / (perLine + 1));
    expect(wrapped.lines.slice(0, -1).every((line) => line.broken && line.text.endsWith('-'))).toBe(
      true,
    );
    expect(wrapped.lines.at(-1)?.broken).toBeUndefined();
    expectWellWrapped(word, options, wrapped);
  });

  it('never splits a surrogate pair, a combining mark or an emoji sequence', () => {
    const text = '😀👩‍👩‍👧🇫🇷e\u0301e\u0301日本語𠀋𠀋';
    const wrapped = measurer.wrapText(text, { size: 14, maxWidth: 1 });
    // Decomposed é is normalised to NFC; the cut inside 'éé' is marked.
    expect(texts(wrapped)).toEqual(['😀', '👩‍👩‍👧', '🇫🇷', 'é-', 'é', '日', '本', '語', '𠀋', '𠀋']);
  });

  it('lets a single grapheme wider than maxWidth overflow, alone on its line', () => {
    const options = { size: 40, maxWidth: 10 };
    const wrapped = measurer.wrapText('W W', options);
    expect(texts(wrapped)).toEqual(['W', 'W']);
    expect(wrapped.lines[0]?.width).toBeGreaterThan(10);
  });

  it('wraps CJK text between ideographs', () => {
    const options = { size: 10, maxWidth: 30 };
    const wrapped = measurer.wrapText('日本語のテキスト', options);
    expect(texts(wrapped)).toEqual(['日本語', 'のテキ', 'スト']);
  });

  it('gives no lines for an empty or blank text', () => {
    for (const text of ['', '   ', '\t ']) {
      expect(measurer.wrapText(text, { size: 14, maxWidth: 100 })).toEqual({
        lines: [],
        width: 0,
        height: 0,
      });
    }
  });

  it('only breaks at hard line breaks when maxWidth is Infinity', () => {
    const text = 'a long label that would wrap\nsecond paragraph';
    const wrapped = measurer.wrapText(text, { size: 14, maxWidth: Number.POSITIVE_INFINITY });
    expect(texts(wrapped)).toEqual(['a long label that would wrap', 'second paragraph']);
  });

  it('rejects a negative or NaN maxWidth', () => {
    expect(() => measurer.wrapText('a', { size: 14, maxWidth: -1 })).toThrow(
      'wrapText: maxWidth must be a number ≥ 0 (or Infinity), received -1',
    );
    expect(() => measurer.wrapText('a', { size: 14, maxWidth: Number.NaN })).toThrow(RangeError);
  });

  it('keeps the invariants for arbitrary text and widths (property)', () => {
    const word = fc.constantFrom(
      'Learn',
      'APIs',
      'server-side',
      'a',
      'WAVE',
      'e\u0301',
      'ﬁ',
      '日本語',
      '😀',
      '👩‍👩‍👧',
      '🇫🇷',
      'x\u200by',
      'co-op/dev',
      '(test)',
      'Supercalifragilistic',
      '—',
      'né',
      'ب',
    );
    const separator = fc.constantFrom(' ', '  ', '\n', '\t', '-', '', '\u00a0', '\u3000');
    const composed = fc
      .array(fc.tuple(word, separator), { maxLength: 20 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const text = fc.oneof(
      composed,
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    const options = fc.record({
      size: fc.integer({ min: 6, max: 40 }),
      maxWidth: fc.oneof(fc.double({ min: 0, max: 400, noNaN: true }), fc.constant(0)),
      weight: fc.constantFrom('regular' as const, 'bold' as const),
    });
    fc.assert(
      fc.property(text, options, (sample, wrapOptions) => {
        const wrapped = measurer.wrapText(sample, wrapOptions);
        expectWellWrapped(sample, wrapOptions, wrapped);
        expect(measurer.wrapText(sample, wrapOptions)).toEqual(wrapped);
      }),
      { numRuns: 300 },
    );
    // 300 arbitrary texts, most of them outside Latin: each goes through bidi and shaping.
  }, 60_000);
});
