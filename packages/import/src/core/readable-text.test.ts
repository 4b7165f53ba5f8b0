import { describe, expect, it } from 'vitest';
import { readableText } from './readable-text.js';

describe('readableText', () => {
  it.each([
    ['#ffffff', '#fdff93', '#000000', true], // white on light yellow (1.2:1): black
    ['#ffffff', '#2b78e4', '#000000', true], // white on mid blue (4.3:1, under AA): black reads better
    ['#000000', '#fdff93', '#000000', false],
    ['#ffffff', '#1f2937', '#ffffff', false],
    [undefined, '#0a0a40', '#ffffff', false], // no authored colour on a dark fill: white
    ['yellow', 'white', '#000000', true], // palette names are read as their colours
  ])('%s on %s is written %s', (color, background, expected, changed) => {
    expect(readableText(color, background)).toEqual({ color: expected, changed });
  });

  it('leaves text without a colour fill to the theme', () => {
    expect(readableText('#ffffff', undefined)).toEqual({ color: '#ffffff', changed: false });
    expect(readableText(undefined, 'none')).toEqual({ color: undefined, changed: false });
  });
});
