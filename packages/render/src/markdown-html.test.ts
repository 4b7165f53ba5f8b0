import { describe, expect, it } from 'vitest';
import { markdownToHtml, markdownToText } from './markdown-html.js';

describe('markdownToHtml', () => {
  it('renders paragraphs, lists, emphasis, code and links', () => {
    expect(
      markdownToHtml(
        'A **bold** and *soft* `x<y` [docs](https://example.com/a b).\n\n- one\n- two\n\n1. first',
      ),
    ).toBe(
      '<p>A <strong>bold</strong> and <em>soft</em> <code>x&#60;y</code> [docs](https://example.com/a b).</p>\n<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li></ol>',
    );
    expect(markdownToHtml('[docs](https://example.com/a)')).toBe(
      '<p><a href="https://example.com/a">docs</a></p>',
    );
  });

  it('shows raw HTML as text and drops unsafe links to their label', () => {
    expect(
      markdownToHtml('<script>alert(1)</script> [x](javascript:alert(1)) [y](data:text/html,z)'),
    ).toBe('<p>&#60;script&#62;alert(1)&#60;/script&#62; x) y</p>');
  });

  it('escapes quotes inside link targets and labels', () => {
    expect(markdownToHtml('[a"b](https://example.com/"onmouseover=x)')).toBe(
      '<p><a href="https://example.com/&#34;onmouseover=x">a&#34;b</a></p>',
    );
  });

  it('strips characters XML cannot carry', () => {
    expect(markdownToHtml('a\u0000b\u0007c')).toBe('<p>abc</p>');
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('Read **the** [docs](https://x.y)\nnow')).toBe('Read the docs now');
  });
});
