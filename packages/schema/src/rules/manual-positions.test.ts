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

  it('takes a line as placed by its ends', () => {
    const doc = sampleDocument((data) => {
      data.layout = 'manual';
      data.topics = [{ id: 'a', label: 'A', position: { x: 0, y: 0 } }];
      data.edges = [];
      data.elements = [
        { kind: 'line', id: 'rule', from: { x: 0, y: 10 }, to: { x: 100, y: 10 } },
        { kind: 'label', id: 'note', label: 'Note' },
      ];
    });
    expect(manualPositions(doc)).toMatchObject([
      { code: 'missing-position', path: ['elements', 1, 'id'] },
    ]);
  });
});
