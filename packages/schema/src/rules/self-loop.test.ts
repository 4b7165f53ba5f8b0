import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { noSelfLoops } from './self-loop.js';

describe('noSelfLoops', () => {
  it('accepts edges between two nodes', () => {
    expect(noSelfLoops(sampleDocument())).toEqual([]);
  });

  it('reports an edge from a node to itself', () => {
    const doc = sampleDocument((data) => {
      data.edges = [
        { from: 'git', to: 'dns' },
        { from: 'git', to: 'git' },
      ];
    });
    expect(noSelfLoops(doc)).toMatchObject([
      { code: 'self-loop', severity: 'error', path: ['edges', 1, 'to'] },
    ]);
  });
});
