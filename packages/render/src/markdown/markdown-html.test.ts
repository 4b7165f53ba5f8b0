import { describe, expect, it } from 'vitest';
import { checkSafeMarkup } from '../safe-markup.js';
import { markdownToHtml } from './markdown-html.js';

/** Newlines between blocks do not matter to a browser: compare without them. */
const html = (markdown: string) => markdownToHtml(markdown).replace(/\n/g, '');

describe('markdownToHtml: CommonMark + GFM cases the roadmaps use', () => {
  it.each([
    ['ATX heading', '## Title', '<h2>Title</h2>'],
    ['setext heading', 'Title\n=====', '<h1>Title</h1>'],
    ['paragraphs', 'one\ntwo\n\nthree', '<p>one\ntwo</p><p>three</p>'.replace(/\n/g, '')],
    [
      'nested list',
      '- a\n  - b\n    1. c\n- d',
      '<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li><li>d</li></ul>',
    ],
    ['ordered list start', '3. three\n4. four', '<ol start="3"><li>three</li><li>four</li></ol>'],
    [
      'fenced code keeps its text',
      '```ts\nconst a = b < c && d;\n```',
      '<pre><code class="language-ts">const a = b &#x3C; c &#x26;&#x26; d;</code></pre>',
    ],
    ['indented code', '    x = 1', '<pre><code>x = 1</code></pre>'],
    [
      'block quote',
      '> quoted **text**\n> more',
      '<blockquote><p>quoted <strong>text</strong>more</p></blockquote>',
    ],
    [
      'table',
      '| a | b |\n|:--|--:|\n| 1 | 2 |',
      '<table><thead><tr><th align="left">a</th><th align="right">b</th></tr></thead><tbody><tr><td align="left">1</td><td align="right">2</td></tr></tbody></table>',
    ],
    [
      'autolink',
      '<https://example.com/a?b=1&c=2>',
      '<p><a href="https://example.com/a?b=1&#x26;c=2">https://example.com/a?b=1&#x26;c=2</a></p>',
    ],
    [
      'bare URL (GFM autolink literal)',
      'see https://example.com.',
      '<p>see <a href="https://example.com">https://example.com</a>.</p>',
    ],
    [
      'a link whose URL has parentheses',
      '[Go](https://en.wikipedia.org/wiki/Go_(programming_language))',
      '<p><a href="https://en.wikipedia.org/wiki/Go_(programming_language)">Go</a></p>',
    ],
    ['snake_case_names are words', 'use snake_case_names here', '<p>use snake_case_names here</p>'],
    [
      'emphasis',
      '*a* _b_ **c** ~~d~~',
      '<p><em>a</em> <em>b</em> <strong>c</strong> <del>d</del></p>',
    ],
    ['inline code', 'run `a<b>` now', '<p>run <code>a&#x3C;b></code> now</p>'],
    [
      'raw HTML is text',
      '<script>alert(1)</script>\n\n<b>bold</b>',
      '<p>&#x3C;script>alert(1)&#x3C;/script></p><p>&#x3C;b>bold&#x3C;/b></p>',
    ],
    [
      'a javascript: link keeps only its text',
      '[x](javascript:alert(1)) [y](JaVa\tScRiPt:alert(1)) [z](data:text/html,z)',
      '<p>x [y](JaVa\tScRiPt:alert(1)) z</p>',
    ],
    ['an unsafe autolink is text', '<javascript:alert(1)>', '<p>javascript:alert(1)</p>'],
    [
      'quotes in a link cannot leave the attribute',
      '[a"b](https://example.com/"onmouseover=x)',
      '<p><a href="https://example.com/%22onmouseover=x">a"b</a></p>',
    ],
    [
      'an image becomes a link to it (the page loads nothing)',
      '![diagram](https://example.com/d.png)',
      '<p><a href="https://example.com/d.png">diagram</a></p>',
    ],
    ['characters XML cannot carry are dropped', 'a\u0000b\u0007c', '<p>abc</p>'],
  ])('%s', (_, markdown, expected) => {
    const out = html(markdown);
    expect(out).toBe(expected);
    expect(checkSafeMarkup(out)).toEqual([]);
  });

  it('moves headings down by an offset, at most to h6', () => {
    expect(markdownToHtml('# A\n\n##### B', { headingOffset: 2 })).toBe('<h3>A</h3>\n<h6>B</h6>');
  });
});

it('prefixes the ids it makes (footnotes), so two texts on one page do not share them', () => {
  const a = markdownToHtml('A[^1]\n\n[^1]: note', { idPrefix: 'a-' });
  const b = markdownToHtml('B[^1]\n\n[^1]: note', { idPrefix: 'b-' });
  const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  expect(ids(a).length).toBeGreaterThan(0);
  expect(ids(a).every((id) => id?.startsWith('a-'))).toBe(true);
  expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
});
