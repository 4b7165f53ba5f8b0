import { describe, expect, it } from 'vitest';
import { isWideCodePoint } from './east-asian-wide.js';

const wide = (text: string) => [...text].map((char) => isWideCodePoint(char.codePointAt(0) ?? 0));

describe('isWideCodePoint', () => {
  it('is true for ideographs, kana, Hangul and fullwidth forms', () => {
    expect(wide('日本語ひらカナ한국ｆ、𠀋')).toEqual(Array(12).fill(true));
  });

  it('is false for Latin, halfwidth katakana, Cyrillic, Arabic and range edges', () => {
    expect(wide('aZ é жب ｶ')).toEqual(Array(9).fill(false));
    expect(isWideCodePoint(0x10ff)).toBe(false);
    expect(isWideCodePoint(0x1100)).toBe(true);
    expect(isWideCodePoint(0x115f)).toBe(true);
    expect(isWideCodePoint(0x1160)).toBe(false);
    expect(isWideCodePoint(0x3fffd)).toBe(true);
    expect(isWideCodePoint(0x3fffe)).toBe(false);
  });
});
