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

  it('a label of only zero-width or control characters is empty; emoji with joiners are not', () => {
    const doc = sampleDocument((data) => {
      data.legend = [{ id: 'rec', label: '\u200B\u200D\uFEFF', color: 'purple' }];
      data.title = '\u0000\u001b\u00ad';
      const topics = data.topics as Array<Record<string, unknown>>;
      (topics[1] as Record<string, unknown>).label = '\u{1F469}\u200D\u{1F4BB}';
    });
    expect(noEmptyLabels(doc).map((f) => [f.path.join('.'), f.message])).toEqual([
      [
        'title',
        'expected text for "title", received only invisible characters (controls or zero-width characters)',
      ],
      [
        'legend.0.label',
        'expected text for "label", received only invisible characters (controls or zero-width characters)',
      ],
    ]);
  });
});
