import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { duplicateSiblingLabels } from './duplicate-labels.js';

describe('duplicateSiblingLabels', () => {
  it('accepts siblings with different labels', () => {
    expect(duplicateSiblingLabels(sampleDocument())).toEqual([]);
  });

  it('warns about topics that differ only in case and spacing', () => {
    const doc = sampleDocument((data) => {
      (data.topics as unknown[]).push({ id: 'git-2', label: '  GIT ' });
    });
    expect(duplicateSiblingLabels(doc)).toMatchObject([
      { code: 'duplicate-label', severity: 'warning', path: ['topics', 2, 'label'] },
    ]);
  });

  it('does not compare cousins: the same label under two parents is fine', () => {
    const doc = sampleDocument((data) => {
      (data.topics as unknown[]).push({
        id: 'x',
        label: 'X',
        subtopics: [{ id: 'dns-2', label: 'DNS' }],
      });
    });
    expect(duplicateSiblingLabels(doc)).toEqual([]);
  });
});
