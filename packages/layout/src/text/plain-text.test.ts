import { expect, it } from 'vitest';
import { plainText } from './plain-text.js';

it.each([
  ['Start **here**, then _there_.', 'Start here, then there.'],
  ['See [the docs](https://example.com) and `npm i`.', 'See the docs and npm i.'],
  ['# Heading\n\nText on\ntwo lines.', 'Heading\nText on two lines.'],
  ['- one\n- two', 'one\ntwo'],
  ['1. first\n\n2. second', 'first\nsecond'],
  ['~~old~~ new \\*literal\\*', 'old new *literal*'],
  ['  \n\n  ', ''],
])('turns %j into %j', (markdown, text) => {
  expect(plainText(markdown)).toBe(text);
});
