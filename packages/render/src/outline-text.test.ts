import { createMeasurer } from '@roadmapkit/fonts';
import { describe, expect, it } from 'vitest';
import { expectSafe, fixture, layout } from '../test/pipeline.js';
import { outlineText } from './outline-text.js';
import { renderSvg } from './render-svg.js';
import { replaceTextLines } from './svg-text-lines.js';

const measurer = createMeasurer();

describe('outlineText', () => {
  it('draws every line of a roadmap as glyph outlines in its own colour', async () => {
    const doc = fixture('features.yaml');
    const svg = renderSvg(await layout(doc), { roadmap: doc });
    const lines: { text: string; fill: string }[] = [];
    replaceTextLines(svg, (line) => {
      lines.push({ text: line.text, fill: line.fill });
      return undefined;
    });
    expect(lines.length).toBeGreaterThan(5);
    const outlined = expectSafe(outlineText(svg, measurer));
    expect(outlined).not.toMatch(/<text\b/);
    // One group per line, in the line's fill, with one path per visible glyph.
    const groups = [
      ...outlined.matchAll(
        /<g fill="([^"]*)" transform="translate\([\d.-]+ [\d.-]+\)">((?:<path [^>]*\/>)*)<\/g>/g,
      ),
    ];
    expect(groups.map((group) => group[1])).toEqual(lines.map((line) => line.fill));
    groups.forEach((group, i) => {
      const glyphs = (group[2] ?? '').match(/<path /g)?.length ?? 0;
      expect(glyphs).toBe(lines[i]?.text.replace(/\s/g, '').length);
    });
  });

  it('leaves a text it cannot read as lines (no size, no place, no paint class) as it was', () => {
    for (const svg of [
      '<svg><text x="1" y="2">Plain</text></svg>',
      '<svg><text font-size="12">Plain</text></svg>',
      // One line without a paint class: not our builders' form (the hidden text over an emoji
      // line's outlines is such a text), left to the viewer.
      '<svg><text x="1" y="2" font-size="12" fill="#000" fill-opacity="0">Plain</text></svg>',
    ]) {
      expect(outlineText(svg, measurer)).toBe(svg);
    }
  });

  it('reads a line both as a one-line text and as a tspan, with its paint from a class', () => {
    const style = '<style>.rk-p0{font-size:12px;font-weight:700;fill:#123456}</style>';
    const seen: string[] = [];
    const read = (svg: string) =>
      replaceTextLines(svg, (line) => {
        seen.push(`${line.text} ${line.x} ${line.y} ${line.size} ${line.weight} ${line.fill}`);
        return undefined;
      });
    const one = `<svg>${style}<text class="rk-p0" x="1" y="2">A &amp; B</text></svg>`;
    const spans = `<svg>${style}<text class="rk-p0"><tspan x="1" y="2">A &amp; B</tspan><tspan x="3" y="4">C</tspan></text></svg>`;
    expect(read(one)).toBe(one);
    expect(read(spans)).toBe(spans);
    expect(seen).toEqual([
      'A & B 1 2 12 bold #123456',
      'A & B 1 2 12 bold #123456',
      'C 3 4 12 bold #123456',
    ]);
    // Its own attributes outrank the class; a replaced one-line text is replaced whole.
    const own = `<svg>${style}<text class="rk-p0" x="1" y="2" fill="#abcdef">A</text></svg>`;
    expect(replaceTextLines(own, (line) => `<g fill="${line.fill}"/>`)).toBe(
      `<svg>${style}<g fill="#abcdef"/></svg>`,
    );
  });
});
