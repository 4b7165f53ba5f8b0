import { describe, expect, it } from 'vitest';
import { oneLineTexts } from './one-line-texts.js';

describe('oneLineTexts', () => {
  it('places a one-line label on its text and drops the tspan', () => {
    expect(
      oneLineTexts(
        '<a id="rk-x"><rect/><text font-size="16" fill="#000"><tspan x="1.5" y="20">A &#38; B</tspan></text></a>',
      ),
    ).toBe(
      '<a id="rk-x"><rect/><text font-size="16" fill="#000" x="1.5" y="20">A &#38; B</text></a>',
    );
  });

  it('keeps labels of several lines, tspans with more than a place, and texts placed already', () => {
    const kept = [
      '<text font-size="16"><tspan x="1" y="2">one</tspan><tspan x="1" y="22">two</tspan></text>',
      '<text font-size="16"><tspan x="1" y="2" fill="red">one</tspan></text>',
      '<text x="5" font-size="16"><tspan x="1" y="2">one</tspan></text>',
    ];
    for (const svg of kept) expect(oneLineTexts(svg)).toBe(svg);
  });
});
