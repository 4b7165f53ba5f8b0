import { describe, expect, it } from 'vitest';
import { checkSafeMarkup } from './safe-markup.js';

describe('checkSafeMarkup', () => {
  it('accepts plain SVG with links and a JSON-LD block', () => {
    expect(
      checkSafeMarkup(
        '<svg><a href="https://example.com/?a=1&amp;b=2"><rect/></a><a href="/docs"/></svg><script type="application/ld+json">{"a":"\\u003c/script\\u003e"}</script>',
      ),
    ).toEqual([]);
  });

  it('a character outside the Basic Multilingual Plane is a character, not two surrogates to drop', () => {
    expect(checkSafeMarkup('<a href="\u{10000}\\\\">x</a><a href="/\u{1F600}/a">y</a>')).toEqual(
      [],
    );
    expect(checkSafeMarkup('<a href="/\ud800/evil.example">x</a>')).toEqual([
      'a link to another host without a scheme',
    ]);
  });

  it('decodes character references once, as a parser does: &#x26;colon; is text, not a colon', () => {
    expect(checkSafeMarkup('<a href="&#x26;colon;">x</a><a href="&#x110000;">y</a>')).toEqual([]);
    expect(checkSafeMarkup('<a href="x&colon;y">x</a>')).toEqual(['a x: link']);
  });

  it('reads attribute values as values: user text that mentions onload= is not an attribute', () => {
    expect(
      checkSafeMarkup('<g aria-label="Turn onboarding=on and onload=x"><text>onclick=y</text></g>'),
    ).toEqual([]);
  });

  it('allows only the exact link tags it is given', () => {
    const expectLink = '<link rel="expect" href="#main" blocking="render">';
    expect(checkSafeMarkup(`<head>${expectLink}</head>`, { allowedLinks: [expectLink] })).toEqual(
      [],
    );
    expect(checkSafeMarkup(`<head>${expectLink}</head>`)).toEqual(['<link>']);
    for (const other of [
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<link rel="expect" href="#main" blocking="render" onload="x()">',
      '<LINK rel="expect" href="#main" blocking="render">',
      '<link rel="preload" href="#main" blocking="render">',
    ]) {
      expect(
        checkSafeMarkup(`<head>${expectLink}${other}</head>`, { allowedLinks: [expectLink] }),
      ).toContain('<link>');
    }
  });

  it.each([
    ['<svg><script>alert(1)</script></svg>', '<script>'],
    ['<head><link rel="stylesheet" href="x.css"></head>', '<link>'],
    ['<svg><script type="text/javascript">x</script></svg>', '<script type="text/javascript">'],
    [
      '<script type="application/ld+json">{"a":"</b>"}</script>',
      'a JSON-LD block that could close its element',
    ],
    ['<svg><foreignObject/></svg>', '<foreignObject>'],
    ['<svg><rect onclick="x()"/></svg>', 'an onclick attribute'],
    ['<svg><a href="javascript:alert(1)"/></svg>', 'a javascript: link'],
    ['<svg><a href=" java&#x09;script:alert(1)"/></svg>', 'a javascript: link'],
    ['<svg><a xlink:href="DATA:text/html,x"/></svg>', 'a data: link'],
    ['<svg><image src="vbscript:x"/></svg>', 'a vbscript: link'],
    ['<svg><use href="#a"/></svg>', '<use>'],
    ['<svg><a href="java\u0000script:alert(1)"/></svg>', 'a javascript: link'],
    ['<svg><a href="java&#x200B;script:alert(1)"/></svg>', 'a javascript: link'],
    ['<svg><a href="\ufeffjava\ufffescript:x"/></svg>', 'a javascript: link'],
    ['<a href="file:///etc/passwd">x</a>', 'a file: link'],
    ['<a href="//evil.example/x">x</a>', 'a link to another host without a scheme'],
    ['<a href="/\\evil.example">x</a>', 'a link to another host without a scheme'],
    ['<a href="java script:x">x</a>', 'a javascript: link'],
  ])('finds the problem in %s', (markup, problem) => {
    expect(checkSafeMarkup(markup)).toContain(problem);
  });
});
