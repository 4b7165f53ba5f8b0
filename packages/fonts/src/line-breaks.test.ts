import { describe, expect, it } from 'vitest';
import { breakOpportunities, skipSpaces, trimmedEnd } from './line-breaks.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const positions = (text: string) =>
  breakOpportunities(text, graphemes).map(({ position, required }) =>
    required ? `${position}!` : `${position}`,
  );

describe('breakOpportunities', () => {
  it('breaks after spaces and hyphens (UAX #14), ending at the text end', () => {
    expect(positions('foo-bar baz')).toEqual(['4', '8', '11']);
    expect(positions('a  b')).toEqual(['3', '4']);
  });

  it('does not break before closing punctuation or inside numbers', () => {
    expect(positions('(test) 3.14, ok')).toEqual(['7', '13', '15']);
  });

  it('marks hard line breaks as required', () => {
    expect(positions('a\nb\r\nc')).toEqual(['2!', '5!', '6']);
  });

  it('breaks between ideographs but never inside a grapheme cluster', () => {
    expect(positions('日本語')).toEqual(['1', '2', '3']);
    expect(positions('👩‍👩‍👧👩‍👩‍👧')).toEqual(['8', '16']);
    expect(positions('e\u0301e\u0301 x')).toEqual(['5', '6']);
  });

  it('gives nothing for the empty text', () => {
    expect(breakOpportunities('', graphemes)).toEqual([]);
  });
});

describe('skipSpaces and trimmedEnd', () => {
  it('skip breakable spaces but stop at hard breaks and no-break spaces', () => {
    expect(skipSpaces('  \t a', 0)).toBe(4);
    expect(skipSpaces('  \nb', 0)).toBe(2);
    expect(skipSpaces(' \u00a0b', 0)).toBe(1);
  });

  it('trim spaces and hard breaks off the end of a range', () => {
    expect(trimmedEnd('ab \u3000\n', 0, 5)).toBe(2);
    expect(trimmedEnd('   ', 1, 3)).toBe(1);
    expect(trimmedEnd('a\u00a0', 0, 2)).toBe(2);
  });
});
