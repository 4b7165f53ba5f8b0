import { describe, expect, it } from 'vitest';
import { layout } from './layout.js';
import { parse } from './parse.js';

// An imported picture: the tree (a → a1, a → b) is data; the source drew a dotted edge from
// a to b, a dashed one from a to the section that holds a1, and none from a to a1.
const doc = parse(`
schemaVersion: 1
id: picture
title: Picture
layout: manual
treeEdges: hidden
topics:
  - id: a
    label: A
    position: { x: 200, y: 0 }
    size: { width: 120, height: 40 }
    subtopics:
      - { id: a1, label: A1, side: right, position: { x: 420, y: 10 }, size: { width: 100, height: 40 } }
  - { id: b, label: B, position: { x: 200, y: 200 }, size: { width: 120, height: 40 } }
elements:
  - { kind: section, id: box, position: { x: 400, y: 0 }, size: { width: 140, height: 60 } }
edges:
  - { from: a, to: b, style: dotted }
  - { from: a, to: box, style: dashed }
`);

const drawn = (edges: ReadonlyArray<{ from: string; to: string; style: string }>) =>
  edges.map((e) => `${e.from}->${e.to}:${e.style}`);

describe('a document whose tree edges are hidden', () => {
  it('draws in a manual layout only the written edges, an edge to a section among them', async () => {
    const positioned = await layout(doc);
    expect(drawn(positioned.edges)).toEqual(['a->b:dotted', 'a->box:dashed']);
    const toSection = positioned.edges.find((e) => e.to === 'box');
    const section = positioned.sections.find((s) => s.id === 'box');
    const last = toSection?.points.at(-1);
    expect(section && last).toBeTruthy();
    if (section && last) {
      const onBorder =
        last.x >= section.box.x - 1 &&
        last.x <= section.box.x + section.box.width + 1 &&
        last.y >= section.box.y - 1 &&
        last.y <= section.box.y + section.box.height + 1;
      expect(onBorder).toBe(true);
    }
    expect(positioned.warnings.filter((w) => w.code === 'edge-skipped')).toEqual([]);
  });

  it('draws the tree in an auto layout and leaves out written edges that repeat it', async () => {
    const positioned = await layout(doc, { layout: 'auto' });
    const edges = drawn(positioned.edges);
    expect(edges).toContain('a->b:solid');
    expect(edges).toContain('a->a1:dashed');
    expect(edges).not.toContain('a->b:dotted');
  });

  it('lays a manual document out anew in an auto layout: no authored position is kept', async () => {
    const positioned = await layout(doc, { layout: 'auto' });
    expect(positioned.nodes.map((n) => [n.id, n.pinned])).toEqual([
      ['a', false],
      ['a1', false],
      ['b', false],
    ]);
    const manual = await layout(doc);
    expect(manual.nodes.every((n) => n.pinned)).toBe(true);
  });
});
