import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { uniqueIds } from './unique-ids.js';

describe('uniqueIds', () => {
  it('finds nothing in a document whose ids are unique', () => {
    expect(uniqueIds(sampleDocument())).toEqual([]);
  });

  it('reports a subtopic that reuses a topic id, at the second use', () => {
    const doc = sampleDocument();
    const findings = uniqueIds({
      ...doc,
      topics: [...doc.topics, { id: 'dns', label: 'DNS again' }],
    });
    expect(findings).toMatchObject([{ code: 'duplicate-id', path: ['topics', 2, 'id'] }]);
    expect(findings[0]?.message).toContain('first used at topics.0.subtopics.0');
  });

  it('keeps legend ids and checklist item ids in their own spaces', () => {
    const doc = sampleDocument((data) => {
      data.legend = [
        { id: 'internet', label: 'Same id as a topic', color: 'red' },
        { id: 'internet', label: 'Twice in the legend', color: 'red' },
      ];
    });
    expect(uniqueIds(doc).map((f) => f.path)).toEqual([['legend', 1, 'id']]);
  });
});
