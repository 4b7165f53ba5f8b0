import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { references } from './references.js';

describe('references', () => {
  it('accepts a document whose references all resolve', () => {
    expect(references(sampleDocument())).toEqual([]);
  });

  it('suggests the nearest id for a near miss in an edge', () => {
    const doc = sampleDocument((data) => {
      data.edges = [{ from: 'recrods', to: 'git' }];
    });
    expect(references(doc)).toMatchObject([
      { code: 'unknown-reference', path: ['edges', 0, 'from'], hint: 'change it to "records"' },
    ]);
  });

  it('says when a spine entry names a subtopic rather than a topic', () => {
    const doc = sampleDocument((data) => {
      data.spine = ['internet', 'dns'];
    });
    expect(references(doc)).toMatchObject([
      {
        path: ['spine', 1],
        message: 'expected the id of a topic, received "dns", which is not a topic',
      },
    ]);
  });

  it('checks legend badges, section topics and near anchors', () => {
    const doc = sampleDocument((data) => {
      const topics = data.topics as Array<Record<string, unknown>>;
      (topics[1] as Record<string, unknown>).legend = 'missing';
      data.elements = [
        { kind: 'section', id: 's', topics: ['gti'] },
        { kind: 'label', id: 'l', label: 'Note', near: 'nowhere' },
      ];
    });
    expect(references(doc).map((f) => f.path)).toEqual([
      ['topics', 1, 'legend'],
      ['elements', 0, 'topics', 0],
      ['elements', 1, 'near'],
    ]);
  });
});
