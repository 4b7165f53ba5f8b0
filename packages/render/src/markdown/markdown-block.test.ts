import { expect, it } from 'vitest';
import { markdownBlock } from './markdown-block.js';

it.each([
  ['# Intro\n\nText', 2, '### Intro\n\nText'],
  [
    '[Go](https://en.wikipedia.org/wiki/Go_(programming_language))',
    0,
    '[Go](https://en.wikipedia.org/wiki/Go_\\(programming_language\\))',
  ],
  ['snake_case_names', 0, 'snake_case_names'],
  ['<b>x</b> [y](javascript:alert(1))', 0, '\\<b>x\\</b> y'],
  ['* a\n  * b', 0, '- a\n  - b'],
  ['| a |\n|---|\n| 1 |', 0, '| a |\n| - |\n| 1 |'],
])('writes %j back as %j', (markdown, offset, expected) => {
  expect(markdownBlock(markdown, offset)).toBe(expected);
});
