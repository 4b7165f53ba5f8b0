import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { describe, expect, it } from 'vitest';
import { fromBalsamiq, fromRoadmapSh } from '../src/index.js';
import { loadJson } from './helpers.js';

const measurer = createMeasurer();
const key = (e: { from: string; to: string }) => `${e.from}->${e.to}`;

interface EditorFile {
  edges: Array<{ source: string; target: string }>;
}

describe('an imported picture draws the edges of its source, and only those', () => {
  it.each([1, 2, 3])('roadmapsh-%i.json, edges to sections among them', async (n) => {
    const source = loadJson(`synthetic/roadmapsh-${n}.json`) as EditorFile;
    const doc = fromRoadmapSh(source).value;
    if (!doc) throw new Error('did not import');
    const positioned = await layoutRoadmap(doc, { measurer });
    const drawn = positioned.edges.map(key).sort();
    const written = source.edges.map((e) => `${e.source}->${e.target}`).sort();
    expect(drawn).toEqual(written);
    expect(positioned.warnings.filter((w) => w.code === 'edge-skipped')).toEqual([]);
  });

  it('balsamiq-1.json: arrows only, no tree edge the mockup does not draw', async () => {
    const doc = fromBalsamiq(loadJson('synthetic/balsamiq-1.json')).value;
    if (!doc) throw new Error('did not import');
    const positioned = await layoutRoadmap(doc, { measurer });
    // Three spine arrows join the four topics; no subtopic has an arrow.
    expect(positioned.edges).toHaveLength(3);
    const subtopics = new Set(doc.topics.flatMap((t) => (t.subtopics ?? []).map((s) => s.id)));
    expect(positioned.edges.filter((e) => subtopics.has(e.to) || subtopics.has(e.from))).toEqual(
      [],
    );
  });
});
