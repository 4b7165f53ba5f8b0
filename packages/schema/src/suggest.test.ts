import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './suggest.js';

describe('editDistance', () => {
  it.each([
    ['label', 'label', 0],
    ['lable', 'label', 1],
    ['labl', 'label', 1],
    ['xlabel', 'label', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('closest', () => {
  it('finds a likely typo and ignores case', () => {
    expect(closest('Lable', ['id', 'label', 'legend'])).toBe('label');
  });

  it('gives nothing when every candidate is far away', () => {
    expect(closest('colour2024', ['id', 'label', 'legend'])).toBeUndefined();
    expect(didYouMean('zzz', ['label'])).toBe('');
  });

  it('prefers the candidate listed first on a tie', () => {
    expect(closest('ab', ['ac', 'ad'])).toBe('ac');
  });
});
