import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { sectionBoxes } from './section-boxes.js';

describe('sectionBoxes', () => {
  it('accepts sections with topics, and pinned sections without', () => {
    const doc = sampleDocument((data) => {
      data.elements = [
        { kind: 'section', id: 'framed', topics: ['internet'] },
        {
          kind: 'section',
          id: 'box',
          position: { x: 0, y: 0 },
          size: { width: 100, height: 50 },
        },
      ];
    });
    expect(sectionBoxes(doc)).toEqual([]);
  });

  it('asks a section without topics for what it lacks', () => {
    const doc = sampleDocument((data) => {
      data.elements = [
        { kind: 'section', id: 'floating' },
        { kind: 'section', id: 'sizeless', position: { x: 0, y: 0 } },
      ];
    });
    expect(sectionBoxes(doc).map((f) => [f.code, f.path.join('.'), f.message])).toEqual([
      [
        'missing-position',
        'elements.0.id',
        'expected topics, or a position and a size, for section "floating", received no topics and no position',
      ],
      [
        'missing-position',
        'elements.1.id',
        'expected topics, or a position and a size, for section "sizeless", received no topics and no size',
      ],
    ]);
  });
});
