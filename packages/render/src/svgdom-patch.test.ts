import { createSVGWindow } from 'svgdom';
import { describe, expect, it } from 'vitest';

// svgdom is patched (patches/svgdom@0.1.24.patch) to allocate less per element and attribute:
// attribute look-ups without a copy of the list, attributes without their own empty attribute
// set or event listeners, the style proxy made on first use. The DOM behaviour stays.
describe('patched svgdom', () => {
  const window = createSVGWindow();
  const document = window.document;
  const element = () => document.createElementNS('http://www.w3.org/2000/svg', 'rect');

  it('sets, replaces, reads and removes attributes, in order of first setting', () => {
    const rect = element();
    rect.setAttribute('x', '1');
    rect.setAttribute('y', '2');
    rect.setAttribute('x', '3');
    rect.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', '#a');
    expect(rect.getAttribute('x')).toBe('3');
    expect(rect.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#a');
    expect(rect.hasAttribute('z')).toBe(false);
    expect(rect.outerHTML).toBe('<rect x="3" y="2" xlink:href="#a"></rect>');
    rect.removeAttribute('x');
    expect(rect.getAttribute('x')).toBeNull();
    expect(rect.outerHTML).toBe('<rect y="2" xlink:href="#a"></rect>');
  });

  it('gives attributes an empty attribute list and dispatches to no listeners', () => {
    const attribute = document.createAttribute('fill');
    attribute.value = 'red';
    expect(attribute.value).toBe('red');
    expect(attribute.name).toBe('fill');
    expect(attribute.nodeType).toBe(2);
    expect([...(attribute as unknown as { attrs: Set<unknown> }).attrs]).toEqual([]);
    expect(attribute.dispatchEvent(new window.Event('change'))).toBe(true);
  });

  it('makes the style proxy on first use, writing the style attribute', () => {
    const rect = element();
    rect.style.fill = '#ff0000';
    // svgdom writes colours as rgb().
    expect(rect.getAttribute('style')).toBe('fill: rgb(255,0,0);');
    expect(rect.style.fill).toBe('rgb(255,0,0)');
    expect(rect.style).toBe(rect.style);
  });

  it('keeps event listeners, added on first use', () => {
    const rect = element();
    const seen: string[] = [];
    const listener = (event: { type: string }) => seen.push(event.type);
    rect.addEventListener('ping', listener);
    rect.dispatchEvent(new window.Event('ping'));
    rect.removeEventListener('ping', listener);
    rect.dispatchEvent(new window.Event('ping'));
    expect(seen).toEqual(['ping']);
  });
});
