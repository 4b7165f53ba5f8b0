import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { orphanTopics } from './orphan-topics.js';

describe('orphanTopics', () => {
  it('finds nothing when the spine is implied (every topic is on it)', () => {
    expect(orphanTopics(sampleDocument())).toEqual([]);
  });

  it('warns about a topic off the spine that no edge reaches', () => {
    const doc = sampleDocument((data) => {
      data.spine = ['internet'];
      data.edges = [];
    });
    expect(orphanTopics(doc)).toMatchObject([
      { code: 'orphan-topic', severity: 'warning', path: ['topics', 1, 'id'] },
    ]);
  });

  it('accepts a topic off the spine that an edge reaches', () => {
    const doc = sampleDocument((data) => {
      data.spine = ['internet'];
    });
    expect(orphanTopics(doc)).toEqual([]);
  });
});
