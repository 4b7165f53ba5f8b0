import { createSVGWindow } from 'svgdom';
import { describe, expect, it } from 'vitest';
import { svgdomMarkup } from './serialize.js';

describe('svgdomMarkup', () => {
  it("writes svgdom's own outerHTML: attributes in order, escapes, text and comments", () => {
    const { document } = createSVGWindow();
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('xmlns', ns);
    svg.setAttributeNS(
      'http://www.w3.org/2000/xmlns/',
      'xmlns:xlink',
      'http://www.w3.org/1999/xlink',
    );
    svg.setAttribute('aria-label', 'Tom & "Jerry" <3>');
    const group = document.createElementNS(ns, 'g');
    group.setAttribute('class', 'rk-nodes');
    const text = document.createElementNS(ns, 'text');
    text.appendChild(document.createTextNode('a < b & "c" > d'));
    group.appendChild(text);
    group.appendChild(document.createComment(' note '));
    group.appendChild(document.createElementNS(ns, 'rect'));
    svg.appendChild(group);
    const markup = svgdomMarkup(svg);
    expect(markup).toBe(svg.outerHTML);
    expect(markup).toContain('aria-label="Tom &amp; &quot;Jerry&quot; &lt;3&gt;"');
    expect(markup).toContain('<text>a &lt; b &amp; &quot;c&quot; &gt; d</text>');
    expect(markup).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
  });
});
