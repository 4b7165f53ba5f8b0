import { describe, expect, it } from 'vitest';
import { fromDecimalRgb, paletteNameOf, toColor, toPaint } from './colors.js';

describe('toColor', () => {
  it.each([
    ['#2B78E4', '#2b78e4'],
    ['#abc', '#abc'],
    ['#2b78e480', '#2b78e4'],
    ['#2b78e400', undefined],
    ['#abcd', '#abc'],
    ['rgb(43, 120, 228)', '#2b78e4'],
    ['rgba(43,120,228,0.5)', '#2b78e4'],
    ['rgba(43, 120, 228, 0)', undefined],
    ['rgb(300 -1 0)', undefined],
    ['purple', 'purple'],
    ['Grey', 'gray'],
    ['lightblue', 'light-blue'],
    ['chartreuse', undefined],
    ['transparent', undefined],
    ['red;}</style>', undefined],
    [17, undefined],
  ])('%j is %j', (value, color) => {
    expect(toColor(value)).toBe(color);
  });
});

describe('toPaint', () => {
  it.each([
    ['transparent', 'none'],
    ['NONE', 'none'],
    ['#ffffff00', 'none'],
    ['rgba(0,0,0,0)', 'none'],
    ['#fff', '#fff'],
    ['nope', undefined],
  ])('%j is %j', (value, paint) => {
    expect(toPaint(value)).toBe(paint);
  });
});

describe('fromDecimalRgb', () => {
  it.each([
    [16776960, '#ffff00'],
    ['16770457', '#ffe599'],
    [0, '#000000'],
    [16777216, undefined],
    [-1, undefined],
    [1.5, undefined],
    ['blue', undefined],
    ['', undefined],
  ])('%j is %j', (value, hex) => {
    expect(fromDecimalRgb(value)).toBe(hex);
  });
});

describe('paletteNameOf', () => {
  it('names a palette colour and nothing else', () => {
    expect(paletteNameOf('#874EFE')).toBe('purple');
    expect(paletteNameOf('#123456')).toBeUndefined();
  });
});
