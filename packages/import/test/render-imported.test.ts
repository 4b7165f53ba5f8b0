import { createMeasurer } from '@roadmapkit/fonts';
import { checkLayoutInvariants, layoutRoadmap } from '@roadmapkit/layout';
import { checkSafeMarkup, renderSvg } from '@roadmapkit/render';
import { describe, expect, it } from 'vitest';
import { fromBalsamiq } from '../src/balsamiq/from-balsamiq.js';
import type { ImportResult } from '../src/options.js';
import { fromRoadmapSh } from '../src/roadmapsh/from-roadmapsh.js';
import { documentIds, loadJson } from './helpers.js';

const measurer = createMeasurer();

const sources: Array<[string, (layout: 'manual' | 'auto') => ImportResult]> = [
  [
    'roadmapsh/widgets.json',
    (layout) => fromRoadmapSh(loadJson('roadmapsh/widgets.json'), { layout }),
  ],
  [
    'roadmapsh/handles.json',
    (layout) => fromRoadmapSh(loadJson('roadmapsh/handles.json'), { layout }),
  ],
  ['roadmapsh/dirty.json', (layout) => fromRoadmapSh(loadJson('roadmapsh/dirty.json'), { layout })],
  [
    'roadmapsh/subtopics-only.json',
    (layout) => fromRoadmapSh(loadJson('roadmapsh/subtopics-only.json'), { layout }),
  ],
  [
    'balsamiq/gadgets.json',
    (layout) => fromBalsamiq(loadJson('balsamiq/gadgets.json'), { layout }),
  ],
  ['balsamiq/dirty.json', (layout) => fromBalsamiq(loadJson('balsamiq/dirty.json'), { layout })],
];

describe('imported roadmaps render', () => {
  it.each(sources)(
    '%s: manual and auto layouts, every node drawn, auto keeps the layout invariants',
    async (_name, load) => {
      for (const mode of ['manual', 'auto'] as const) {
        const doc = load(mode).value;
        if (!doc) throw new Error(`the fixture did not import (${mode})`);
        const positioned = await layoutRoadmap(doc, { measurer });
        // Sections and lines have lists of their own; every other node of the document is drawn.
        const framed = new Set(
          (doc.elements ?? [])
            .filter((e) => e.kind === 'section' || e.kind === 'line')
            .map((e) => e.id),
        );
        // The first title element is drawn as the title block.
        const expected = documentIds(doc).filter(
          (id) => !framed.has(id) && id !== positioned.title.id,
        );
        expect(positioned.nodes.map((node) => node.id).sort()).toEqual([...expected].sort());
        expect(positioned.sections.length + positioned.lineElements.length).toBe(framed.size);
        expect(positioned.nodes.length).toBeGreaterThan(0);
        if (mode === 'auto') expect(checkLayoutInvariants(positioned)).toEqual([]);
        const svg = renderSvg(positioned, { roadmap: doc });
        expect(checkSafeMarkup(svg)).toEqual([]);
        for (const topic of doc.topics) expect(svg).toContain(`id="rk-${topic.id}"`);
      }
    },
  );
});
