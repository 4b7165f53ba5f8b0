import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { noEmptyLabels } from './empty-labels.js';

describe('noEmptyLabels', () => {
  it('accepts labels with text', () => {
    expect(noEmptyLabels(sampleDocument())).toEqual([]);
  });

  it('reports empty and blank labels, titles, questions and checklist items', () => {
    const doc = sampleDocument((data) => {
      data.title = ' ';
      data.faq = [{ question: '', answer: 'Yes.' }];
      data.elements = [{ kind: 'checklist', id: 'c', items: [{ id: 'a', label: '\t' }] }];
    });
    expect(noEmptyLabels(doc).map((f) => f.path.join('.'))).toEqual([
      'title',
      'faq.0.question',
      'elements.0.items.0.label',
    ]);
  });

  it('reports empty link labels and button badges', () => {
    const doc = sampleDocument((data) => {
      data.elements = [
        { kind: 'links', id: 'l', links: [{ label: ' ', url: '/a' }] },
        { kind: 'button', id: 'b', label: 'Go', url: '/b', badge: '' },
      ];
    });
    expect(noEmptyLabels(doc).map((f) => f.path.join('.'))).toEqual([
      'elements.0.links.0.label',
      'elements.1.badge',
    ]);
  });
});
