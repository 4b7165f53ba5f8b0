import { describe, expect, it } from 'vitest';
import { decodeXml } from '../escape.js';
import { asciiMarkup } from './ascii-markup.js';

describe('asciiMarkup', () => {
  it('writes every non-ASCII character of the markup as a reference, astral ones whole', () => {
    expect(asciiMarkup('<p title="a–b">Zürich ✕ 😀 日本</p>')).toBe(
      '<p title="a&#x2013;b">Z&#xfc;rich &#x2715; &#x1f600; &#x65e5;&#x672c;</p>',
    );
    expect(asciiMarkup('plain <b>ASCII</b> &amp; more')).toBe('plain <b>ASCII</b> &amp; more');
  });

  it('leaves the text of script and style elements as it is (the CSP hashes it)', () => {
    const page =
      '<style>p::before{content:"–"}</style><p>–</p><script type="application/ld+json">{"a":"–"}</script><SCRIPT>x="é"</SCRIPT>é';
    expect(asciiMarkup(page)).toBe(
      '<style>p::before{content:"–"}</style><p>&#x2013;</p><script type="application/ld+json">{"a":"–"}</script><SCRIPT>x="é"</SCRIPT>&#xe9;',
    );
  });

  it('reads back as the same text', () => {
    const source = '<p title="Über – “quotes”">Straße 😀 — done</p>';
    expect(decodeXml(asciiMarkup(source))).toBe(source);
  });
});
