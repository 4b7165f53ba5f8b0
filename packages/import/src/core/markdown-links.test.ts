import { describe, expect, it } from 'vitest';
import { dropUnsafeLinks } from './markdown-links.js';

function drop(markdown: string) {
  const schemes: string[] = [];
  return { text: dropUnsafeLinks(markdown, (s) => schemes.push(s)), schemes };
}

describe('dropUnsafeLinks', () => {
  it('keeps http(s), mailto and relative links untouched', () => {
    const text =
      '[a](https://x.com) [b](/rel "t") ![c](img.png) <mailto:a@b.c> [d](https://x.com/a_(b))';
    expect(drop(text)).toEqual({ text, schemes: [] });
  });

  it('replaces unsafe inline links and images by their text', () => {
    expect(drop('See [this](javascript:alert(1)) and ![pic](data:image/png;base64,xx).')).toEqual({
      text: 'See this and pic.',
      schemes: ['"javascript:"', '"data:"'],
    });
  });

  it('removes unsafe autolinks and link definitions', () => {
    expect(
      drop('Go <vbscript:msgbox> now.\n\n[ref]: JavaScript:alert(1)\n[ok]: https://x.com'),
    ).toEqual({
      text: 'Go  now.\n\n\n[ok]: https://x.com',
      schemes: ['"vbscript:"', '"javascript:"'],
    });
  });

  it('judges links after cleaning and decoding, as validate does', () => {
    expect(
      drop(
        'A [x](java\u0000script:alert(1)) B [y](javascript&colon;alert(1)) C [z](//evil.example) D <java\u200Bscript:x>',
      ),
    ).toEqual({
      text: 'A x B y C z D ',
      schemes: ['"javascript:"', '"javascript:"', 'other-host ("//host")', '"javascript:"'],
    });
  });

  it('breaks a link shape the patterns miss rather than keep an unsafe target', () => {
    const result = drop('A [x](java\nscript:alert(1)) B');
    expect(result).toEqual({ text: 'A [x] (java\nscript:alert(1)) B', schemes: ['"javascript:"'] });
  });
});
