import { describe, expect, it } from 'vitest';
import { directionWeight, extractionOrder, pageReadsRtl } from './pdf-text-order.js';

const LRM = '\u200e';
const RLM = '\u200f';

describe('extractionOrder', () => {
  it('keeps a left-to-right line as it is', () => {
    expect(extractionOrder('Learn Go', false)).toBe('Learn Go');
    expect(extractionOrder('Learn Go', true)).toBe('Learn Go');
  });

  it('reverses a right-to-left line (extractors read it back from right to left)', () => {
    expect(extractionOrder('אב גד', true)).toBe('דג בא');
    expect(extractionOrder('אב גד', false)).toBe('דג בא');
  });

  it('lays segments out in the page direction, closing neutrals with a mark of their segment', () => {
    // On a right-to-left page: the first segment rightmost.
    expect(extractionOrder('אב Go 3 גד', true)).toBe(`דג${'Go 3 '}${LRM}${RLM} בא`);
    // On a left-to-right page: the first segment leftmost.
    // "Go " + LRM, then the Hebrew with " (" + RLM reversed, then "x)" + LRM.
    expect(extractionOrder('Go אב (x)', false)).toBe(`Go ${LRM}${RLM}( באx)${LRM}`);
  });
});

describe('directionWeight and pageReadsRtl', () => {
  it('counts left-to-right characters (marks too) minus right-to-left ones', () => {
    expect(directionWeight('abc אב 12')).toBe(1);
    expect(directionWeight('مرحبا')).toBe(-5);
    expect(directionWeight(`${LRM}${LRM}${RLM}`)).toBe(1);
  });

  it('weighs the lines with their marks', () => {
    // 'אב Go גד' weighs -2 with its marks (one RLM, one LRM).
    expect(pageReadsRtl(0, ['אב Go גד'])).toBe(true);
    expect(pageReadsRtl(2, ['אב Go גד'])).toBe(false);
    // '(x) אב' weighs -1 as text, but +1 as written: LRM ( x ) LRM, then the Hebrew.
    expect(directionWeight('(x) אב')).toBe(-1);
    expect(pageReadsRtl(0, ['(x) אב'])).toBe(false);
  });
});
