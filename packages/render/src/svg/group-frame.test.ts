import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { describe, expect, it } from 'vitest';
import { paintsIn } from '../../test/paint.js';
import { layout } from '../../test/pipeline.js';
import { documentFrom } from '../../test/sample.js';
import { renderSvg } from '../render-svg.js';
import { DARK_THEME, frameHeaderColor, frameStroke, LIGHT_THEME } from '../theme.js';

// A topic with a subtopic that has subtopics of its own, and a long run of leaves.
const doc = documentFrom(
  JSON.stringify({
    schemaVersion: 1,
    id: 'groups',
    title: 'Groups',
    topics: [
      {
        id: 'data',
        label: 'Data stores',
        subtopics: [
          {
            id: 'docs',
            label: 'Document stores',
            side: 'left',
            subtopics: [
              { id: 'mongo', label: 'MongoDB' },
              { id: 'couch', label: 'CouchDB' },
            ],
          },
          {
            id: 'kv',
            label: 'Key-value stores',
            side: 'left',
            subtopics: [{ id: 'redis', label: 'Redis' }],
          },
        ],
      },
    ],
  }),
);

describe('group frames', () => {
  it('draws each frame the layout placed, behind the edges, in the theme colours', async () => {
    const positioned = await layout(doc);
    const frames = positioned.groupFrames ?? [];
    expect(frames.map((f) => f.id)).toEqual(['kv', 'docs']);
    for (const [theme, colors] of [
      ['light', LIGHT_THEME.colors],
      ['dark', DARK_THEME.colors],
    ] as const) {
      const svg = renderSvg(positioned, { roadmap: doc, theme });
      const rects = svg.match(/<rect [^>]*class="rk-group-frame rk-p\d+"[^>]*>/g) ?? [];
      expect(rects).toHaveLength(2);
      const stroke = frameStroke(colors);
      for (const [i, frame] of frames.entries()) {
        const rect = rects[i] ?? '';
        expect(rect).toContain(`width="${frame.box.width}"`);
        expect(rect).toContain(`x="${frame.box.x}"`);
        expect(paintsIn(svg, 'fill', rect)).toEqual(['none']);
        expect(paintsIn(svg, 'stroke', rect)).toEqual([stroke]);
      }
      expect(svg.indexOf('rk-group-frames')).toBeLessThan(svg.indexOf('rk-edges'));
      expect(svg.indexOf('rk-group-frames')).toBeLessThan(svg.indexOf('id="rk-mongo"'));
    }
  });

  it("draws a frame's header where the layout put it, in the theme's header colour", async () => {
    const positioned = await layout(doc);
    const docs = positioned.groupFrames?.find((f) => f.id === 'docs');
    const kv = positioned.groupFrames?.find((f) => f.id === 'kv');
    // A group of two has a header with its subtopic's label; a group of one has none.
    const line = docs?.header?.lines[0];
    expect(line?.text).toBe('Document stores');
    expect(kv?.header).toBeUndefined();
    for (const [theme, colors] of [
      ['light', LIGHT_THEME.colors],
      ['dark', DARK_THEME.colors],
    ] as const) {
      const svg = renderSvg(positioned, { roadmap: doc, theme });
      const headers = svg.match(/<g class="rk-group-header">.*?<\/g>/g) ?? [];
      expect(headers).toHaveLength(1);
      const header = headers[0] ?? '';
      expect(paintsIn(svg, 'fill', header)).toEqual([frameHeaderColor(colors)]);
      expect(paintsIn(svg, 'font-size', header)).toEqual(['12px']);
      expect(header).toContain(`x="${line?.x}" y="${line?.y}">Document stores</text>`);
      // Drawn with the frames, under the edges and the boxes.
      expect(svg.indexOf('rk-group-header')).toBeLessThan(svg.indexOf('rk-edges'));
    }
    // With the theme following the viewer, the dark rules paint it too.
    const auto = renderSvg(positioned, { roadmap: doc, theme: 'auto' });
    expect(auto).toContain(
      `.rk-group-header text, .rk-group-header .rk-glyphs { fill: ${frameHeaderColor(DARK_THEME.colors)} }`,
    );
  });

  it('draws none when the layout has none', async () => {
    const positioned = await layoutRoadmap(doc, { measurer: createMeasurer(), gaps: { frame: 0 } });
    expect(positioned.groupFrames).toBeUndefined();
    expect(renderSvg(positioned, { roadmap: doc })).not.toContain('rk-group-frame');
  });
});
