import { createMeasurer } from '@roadmapkit/fonts';
import { type RoadmapDocument, RoadmapInputError } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { createLayoutEngine } from './layout-engine.js';
import { layoutRoadmap } from './layout-roadmap.js';

describe('layoutRoadmap with a value that is not a document', () => {
  const measurer = createMeasurer();
  const cyclic: Record<string, unknown> = { schemaVersion: 1, id: 'a', title: 'A' };
  cyclic.topics = [{ id: 't', label: 'T', subtopics: [cyclic] }];
  const sparse: unknown[] = [];
  sparse.length = 10_000_000;

  it.each([
    ['null', null, /received null$/],
    ['a cyclic object', cyclic, /contains itself \(a cycle\)$/],
    [
      'a sparse list of length 10,000,000',
      { schemaVersion: 1, id: 'a', title: 'A', topics: sparse },
      /received 10,000,000$/,
    ],
  ])('%s: rejects with RoadmapInputError', async (_name, value, message) => {
    const run = layoutRoadmap(value as RoadmapDocument, { measurer });
    await expect(run).rejects.toThrow(RoadmapInputError);
    await expect(run).rejects.toThrow(message);
  });

  it.each([
    ['null', null, /^LayoutEngine\.layout: expected a roadmap document.*received null$/],
    ['a cyclic object', cyclic, /^LayoutEngine\.layout: .*contains itself \(a cycle\)$/],
    [
      'an object of the wrong shape',
      { schemaVersion: 1, id: 'a', title: 'A', topics: [null] },
      /^LayoutEngine\.layout: .*received an object that is not one: at topics\[0\]/,
    ],
  ])('%s: an engine rejects it with RoadmapInputError', async (_name, value, message) => {
    const run = createLayoutEngine({ measurer }).layout(value as RoadmapDocument);
    await expect(run).rejects.toThrow(RoadmapInputError);
    await expect(run).rejects.toThrow(message);
  });
});
