import { expect, it } from 'vitest';
import { markdownText } from './markdown-text.js';

it.each([
  ['Start **here**, then _there_.', 'Start here, then there.'],
  ['See [the docs](https://example.com) and `npm i`.', 'See the docs and npm i.'],
  ['# Heading\n\nText on\ntwo lines.', 'Heading\nText on two lines.'],
  ['- one\n- two', 'one\ntwo'],
  ['1. first\n\n2. second', 'first\nsecond'],
  ['~~old~~ new \\*literal\\*', 'old new *literal*'],
  ['snake_case_names stay', 'snake_case_names stay'],
  ['[Go](https://en.wikipedia.org/wiki/Go_(programming_language)) is fun', 'Go is fun'],
  ['<b>raw</b> & <script>x</script>', '<b>raw</b> & <script>x</script>'],
  ['| a | b |\n|---|---|\n| 1 | 2 |', 'a b\n1 2'],
  ['> quoted\n\n```js\nlet a;\nlet b;\n```', 'quoted\nlet a;\nlet b;'],
  ['![a cat](cat.png) a\u0000b', 'a cat ab'],
  ['line  \nbreak', 'line break'],
  ['  \n\n  ', ''],
])('reads %j as %j', (markdown, text) => {
  expect(markdownText(markdown)).toBe(text);
});
