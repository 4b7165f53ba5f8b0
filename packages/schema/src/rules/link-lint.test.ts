import { expect, it } from 'vitest';
import { parseRoadmap } from '../index.js';

const withUrl = (url: string) =>
  `schemaVersion: 1\nid: x\ntitle: X\ntopics:\n  - id: a\n    label: A\n    url: "${url}"\n`;
const lint = (source: string) =>
  parseRoadmap(source)
    .issues.filter((i) => i.code === 'link-lint')
    .map((i) => ({
      severity: i.severity,
      message: i.message,
      hint: i.hint,
      at: `${i.line}:${i.column}`,
    }));

it.each([
  {
    url: 'http://localhost:3000/docs',
    message:
      "expected a public address, received a link to localhost, which only the author's machine or network can open",
    hint: 'link to the public page instead',
  },
  {
    url: 'https://192.168.1.20/wiki',
    message:
      "expected a public address, received a link to 192.168.1.20, which only the author's machine or network can open",
    hint: 'link to the public page instead',
  },
  {
    url: 'www.youtube.com/watch?v=abc',
    message:
      'expected a full URL, received "www.youtube.com/watch?v=abc", which is read as a relative link',
    hint: 'write it as https://www.youtube.com/watch?v=abc',
  },
  {
    url: 'http://developer.mozilla.org/en-US/docs/Web/HTTP',
    message: 'expected https:, received http: for developer.mozilla.org, which serves https',
    hint: 'write https://developer.mozilla.org/en-US/docs/Web/HTTP',
  },
])('warns about $url', ({ url, message, hint }) => {
  expect(lint(withUrl(url))).toEqual([{ severity: 'warning', message, hint, at: '7:10' }]);
});

it.each([
  'https://example.com/a',
  'http://example.net/page',
  '/docs/page',
  '../other.html',
  'mailto:a@example.com',
])('leaves %s alone', (url) => {
  expect(lint(withUrl(url))).toEqual([]);
});

it('warns about a resource listed twice in one topic', () => {
  const source = `schemaVersion: 1
id: x
title: X
topics:
  - id: a
    label: A
    content:
      resources:
        - { type: article, title: One, url: https://example.com/a }
        - { type: video, title: Two, url: https://example.com/a/ }
`;
  expect(lint(source)).toEqual([
    {
      severity: 'warning',
      message: 'the same resource is listed twice (items 1 and 2)',
      hint: 'remove one of the two',
      at: '10:43',
    },
  ]);
});
