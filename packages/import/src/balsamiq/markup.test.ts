import { describe, expect, it } from 'vitest';
import { readMarkup } from './markup.js';

describe('readMarkup', () => {
  it.each([
    ['{color:blue3}Internet{color}', 'Internet', 'blue'],
    ['{color:#874efe}Pick{color} this', 'Pick this', '#874efe'],
    ['Plain {color:red}and{color} {color:green}two{color}', 'Plain and two', 'red'],
    ['{color:mauve}Odd{color}', 'Odd', undefined],
    ['No markup\r\nat all ', 'No markup\nat all', undefined],
    ['{json} stays', '{json} stays', undefined],
  ])('%j reads as %j in %j', (raw, text, color) => {
    expect(readMarkup(raw)).toEqual({ text, color });
  });
});
