import { describe, expect, it } from 'vitest';
import { directionWeight, extractionOrder } from './pdf-text-order.js';

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

describe('directionWeight', () => {
  it('counts left-to-right letters minus right-to-left ones', () => {
    expect(directionWeight('abc אב 12')).toBe(1);
    expect(directionWeight('مرحبا')).toBe(-5);
  });
});
