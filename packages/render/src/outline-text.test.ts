import { createMeasurer } from '@roadmapkit/fonts';
import { describe, expect, it } from 'vitest';
import { expectSafe, fixture, layout } from '../test/pipeline.js';
import { outlineOf, shapedLineMarkup } from './outline-text.js';
import { outlineText } from './png-text.js';
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
    // One group per line, in the line's fill, with one path for the line's one run of glyphs.
    const groups = [
      ...outlined.matchAll(
        /<g fill="([^"]*)" transform="translate\([\d.-]+ [\d.-]+\)">((?:<path [^>]*\/>)*)<\/g>/g,
      ),
    ];
    expect(groups.map((group) => group[1])).toEqual(lines.map((line) => line.fill));
    groups.forEach((group, i) => {
      expect(group[2]?.match(/<path d="/g)).toHaveLength(1);
      // At least one contour a visible character.
      const contours = group[2]?.match(/M/g)?.length ?? 0;
      expect(contours).toBeGreaterThanOrEqual(lines[i]?.text.replace(/\s/g, '').length ?? 1);
    });
  });

  it('writes the glyphs of a run as one outline in px: each scaled, flipped and moved to its place', () => {
    const run = (path: string, scale: number) =>
      ({
        kind: 'glyphs',
        text: 'ab',
        x: 0,
        width: 20,
        direction: 'ltr',
        family: 'Test',
        weight: 'regular',
        font: new Uint8Array(0),
        scale,
        glyphs: [
          { x: 0, y: 0, path },
          { x: 10, y: -0.5, path: '' },
          { x: 12.5, y: 0, path },
        ],
      }) as const;
    const shaped = {
      text: 'ab',
      width: 20,
      direction: 'ltr',
      runs: [run('M0 0L100 0Q100 100 0 100Z', 0.01)],
      missing: [],
    } as const;
    const line = {
      text: 'ab',
      x: 3,
      y: 40,
      size: 10,
      weight: 'regular',
      fill: '#123456',
      anchor: 'start',
      direction: 'ltr',
      attributes: '',
    } as const;
    expect(shapedLineMarkup(shaped as never, line)).toBe(
      '<g fill="#123456"><path d="M3 40L4 40Q4 39 3 39ZM15.5 40L16.5 40Q16.5 39 15.5 39Z"/></g>',
    );
    // Path data of another form (relative commands) keeps a transform for each glyph.
    const relative = { ...shaped, runs: [run('m0 0l100 0z', 0.01)] };
    expect(shapedLineMarkup(relative as never, line)).toBe(
      '<g fill="#123456"><path transform="matrix(0.01 0 0 -0.01 3 40)" d="m0 0l100 0z"/><path transform="matrix(0.01 0 0 -0.01 15.5 40)" d="m0 0l100 0z"/></g>',
    );
  });

  it('reads absolute M, L, Q, C and Z path data as numbers with its box, and nothing else', () => {
    const outline = outlineOf('M0 0L100,0Q100 100 .5 100C-1.5e2 3 4 5 6 7Z');
    expect(outline?.commands).toBe('MLQCZ');
    expect([...(outline?.numbers ?? [])]).toEqual([
      0, 0, 100, 0, 100, 100, 0.5, 100, -150, 3, 4, 5, 6, 7,
    ]);
    expect(outline && [outline.left, outline.bottom, outline.right, outline.top]).toEqual([
      -150, 0, 100, 100,
    ]);
    for (const other of ['m0 0', 'M0', 'M0 0 0', 'M0 0A1 1 0 0 1 2 2', 'M1e 2', 'M- 2', 'L0 0Z1'])
      expect(outlineOf(other), other).toBeUndefined();
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
