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

  it('leaves a text it cannot read as lines (no tspan) as it was', () => {
    const svg = '<svg><text x="1" y="2" font-size="12">Plain</text></svg>';
    expect(outlineText(svg, measurer)).toBe(svg);
  });
});
