import { type RoadmapDocumentInput, roadmapDocument, validateRoadmap } from '@roadmapkit/schema';
import { expect, it } from 'vitest';
import { withRemovedNodes } from './index.js';

const doc = (input: Omit<RoadmapDocumentInput, 'schemaVersion' | 'id' | 'title'>) =>
  roadmapDocument.parse({ schemaVersion: 1, id: 'demo', title: 'Demo', ...input });

const tree = (d: ReturnType<typeof doc>) =>
  d.topics.map(
    (t) =>
      `${t.id}(${(t.subtopics ?? []).map((s) => `${s.id}${s.subtopics ? `(${s.subtopics.map((n) => n.id).join(' ')})` : ''}`).join(' ')})`,
  );

it('puts removed topics and subtopics back at their old places', () => {
  const base = doc({
    legend: [{ id: 'old', label: 'Old', color: 'red' }],
    topics: [
      {
        id: 'a',
        label: 'A',
        subtopics: [
          { id: 'a1', label: 'A1' },
          { id: 'a2', label: 'A2' },
          { id: 'a3', label: 'A3' },
        ],
      },
      {
        id: 'b',
        label: 'B',
        legend: 'old',
        subtopics: [
          { id: 'b1', label: 'B1' },
          { id: 'moved', label: 'M' },
        ],
      },
      { id: 'c', label: 'C' },
    ],
  });
  const head = doc({
    topics: [
      {
        id: 'a',
        label: 'A',
        subtopics: [
          { id: 'a1', label: 'A1' },
          { id: 'a3', label: 'A3' },
          { id: 'new', label: 'N' },
        ],
      },
      { id: 'c', label: 'C', subtopics: [{ id: 'moved', label: 'M' }] },
    ],
  });
  const merged = withRemovedNodes(base, head);
  expect(tree(merged)).toEqual(['a(a1 a2 a3 new)', 'b(b1)', 'c(moved)']);
  expect(merged.topics[1]?.legend).toBeUndefined();
  expect(validateRoadmap(merged).issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(tree(head)).toEqual(['a(a1 a3 new)', 'c(moved)']);
});

it('keeps an explicit spine in step and puts back removed elements', () => {
  const base = doc({
    spine: ['b', 'gone', 'a'],
    topics: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
      { id: 'gone', label: 'G' },
    ],
    elements: [{ kind: 'label', id: 'note', label: 'Note' }],
  });
  const head = doc({
    spine: ['b', 'a'],
    topics: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  });
  const merged = withRemovedNodes(base, head);
  expect(merged.spine).toEqual(['b', 'gone', 'a']);
  expect(merged.topics.map((t) => t.id)).toEqual(['a', 'b', 'gone']);
  expect(merged.elements?.map((e) => e.id)).toEqual(['note']);
});
