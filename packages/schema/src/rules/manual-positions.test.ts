import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { manualPositions } from './manual-positions.js';

describe('manualPositions', () => {
  it('asks nothing of an auto layout', () => {
    expect(manualPositions(sampleDocument())).toEqual([]);
  });

  it('reports every node without a position in a manual layout', () => {
    const doc = sampleDocument((data) => {
      data.layout = 'manual';
      data.elements = [];
      data.topics = [
        { id: 'a', label: 'A', position: { x: 0, y: 0 } },
        { id: 'b', label: 'B', subtopics: [{ id: 'c', label: 'C', position: { x: 10, y: 0 } }] },
      ];
      data.edges = [];
    });
    expect(manualPositions(doc)).toMatchObject([
      { code: 'missing-position', path: ['topics', 1, 'id'] },
    ]);
  });
});
