import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../test/helpers.js';
import { visitNodes, withNodesVisitedOnce } from './traverse.js';

describe('visitNodes', () => {
  it('lists topics with their subtopics depth first, then elements, with their paths', () => {
    const visited = visitNodes(sampleDocument());
    expect(visited.map((v) => [v.kind, v.node.id, v.path.join('.'), v.parent])).toEqual([
      ['topic', 'internet', 'topics.0', undefined],
      ['subtopic', 'dns', 'topics.0.subtopics.0', 'internet'],
      ['subtopic', 'records', 'topics.0.subtopics.0.subtopics.0', 'dns'],
      ['subtopic', 'http', 'topics.0.subtopics.1', 'internet'],
      ['topic', 'git', 'topics.1', undefined],
      ['paragraph', 'intro', 'elements.0', undefined],
      ['checklist', 'todo', 'elements.1', undefined],
      ['section', 'basics', 'elements.2', undefined],
    ]);
  });

  it('visits a document once while the checks of that document run', () => {
    const doc = sampleDocument();
    const other = sampleDocument();
    const fresh = visitNodes(doc);
    expect(visitNodes(doc)).not.toBe(fresh);
    const [first, second, forOther] = withNodesVisitedOnce(doc, () => [
      visitNodes(doc),
      visitNodes(doc),
      visitNodes(other),
    ]);
    expect(second).toBe(first);
    expect(first).toEqual(fresh);
    expect(forOther).not.toBe(first);
    // Outside the run, every call walks the document again (it may have changed).
    expect(visitNodes(doc)).not.toBe(first);
  });
});
