import { validateRoadmap } from '@roadmapkit/schema';
import { expect, it } from 'vitest';
import { generateRoadmap } from './generate-roadmap.js';

function boxes(doc: ReturnType<typeof generateRoadmap>): number {
  type Sub = { subtopics?: Sub[] | undefined };
  const count = (items: readonly Sub[] | undefined): number =>
    (items ?? []).reduce((sum, item) => sum + 1 + count(item.subtopics), 0);
  const elements = (doc.elements ?? []).filter((e) => e.kind !== 'section' && e.kind !== 'title');
  return count(doc.topics) + elements.length;
}

it.each([1, 10, 137, 1000])('makes a valid roadmap of %i boxes', (nodes) => {
  const doc = generateRoadmap({ nodes, seed: nodes });
  const { value, issues } = validateRoadmap(doc);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(value).toEqual(doc);
  expect(boxes(doc)).toBe(nodes);
});

it('gives the same document for the same seed, and another for another seed', () => {
  const a = JSON.stringify(generateRoadmap({ nodes: 300, seed: 7 }));
  expect(JSON.stringify(generateRoadmap({ nodes: 300, seed: 7 }))).toBe(a);
  expect(JSON.stringify(generateRoadmap({ nodes: 300, seed: 8 }))).not.toBe(a);
});

it('uses the features the layout must handle', () => {
  const docs = [1, 2, 3].map((seed) => generateRoadmap({ nodes: 1000, seed }));
  const json = JSON.stringify(docs);
  const features = ['"near"', '"size"', '"side"', '"badgeCorner"', '"section"', '"checklist"'];
  for (const feature of [...features, '"links"', '"badge"', '"title"', '"callouts"'])
    expect(json.includes(feature), feature).toBe(true);
  expect(docs[0]?.edges?.length).toBeGreaterThan(10);
});

it('makes as many elements and explicit edges as asked, every element kind from five', () => {
  const doc = generateRoadmap({ nodes: 30, seed: 5, elements: 7, edges: 9 });
  const kinds = new Set((doc.elements ?? []).map((e) => e.kind));
  for (const kind of ['paragraph', 'button', 'checklist', 'label', 'links', 'section'])
    expect(kinds.has(kind as never), kind).toBe(true);
  expect(boxes(doc)).toBe(30);
  // An edge drawn from a box to itself is left out.
  expect(doc.edges?.length).toBeGreaterThan(5);
  expect(doc.edges?.length).toBeLessThanOrEqual(9);
  const { issues } = validateRoadmap(doc);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  // Without the options, the document is the one it always was.
  expect(generateRoadmap({ nodes: 30, seed: 5 })).toEqual(
    generateRoadmap({ nodes: 30, seed: 5, elements: 0, edges: 0 }),
  );
});
