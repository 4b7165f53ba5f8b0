import { toGraph } from '@roadmapkit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PositionedNode, PositionedRoadmap } from '../src/index.js';
import { bottom, centreX, centreY, layout, nodeOf, right } from './layout.js';
import { example, fixture } from './parse.js';

describe('the roadmap shape, on the backend example', () => {
  const doc = example('backend');
  const graph = toGraph(doc);
  let positioned: PositionedRoadmap;
  beforeAll(async () => {
    positioned = await layout(doc);
  });

  it('puts the topics on one vertical spine, top to bottom in spine order', () => {
    const topics = graph.spine.map((id) => nodeOf(positioned, id));
    const axis = centreX(topics[0] ?? nodeOf(positioned, 'internet'));
    for (const topic of topics) expect(centreX(topic)).toBeCloseTo(axis, 1);
    for (let i = 1; i < topics.length; i++)
      expect(
        (topics[i]?.box.y ?? 0) >
          bottom(topics[i - 1] ?? topics[0] ?? nodeOf(positioned, 'internet')),
      ).toBe(true);
    expect(Math.abs(axis - positioned.width / 2)).toBeLessThan(positioned.width / 4);
  });

  it('draws the spine as straight vertical lines from topic to topic', () => {
    const spine = positioned.edges.filter((e) => e.origin === 'spine');
    expect(spine).toHaveLength(graph.spine.length - 1);
    for (const edge of spine) {
      expect(edge.style).toBe('solid');
      expect(edge.points).toHaveLength(2);
      expect(edge.points[0]?.x).toBe(edge.points[1]?.x);
    }
  });

  it('hangs subtopics in columns on their side, nested ones further out', () => {
    for (const gn of graph.nodes.filter((n) => n.kind === 'subtopic')) {
      const node = nodeOf(positioned, gn.id);
      const parent = nodeOf(positioned, gn.parent ?? '');
      expect(node.side).toBe(gn.side);
      expect(node.parent).toBe(gn.parent);
      if (node.side === 'left') expect(right(node)).toBeLessThan(parent.box.x);
      else expect(node.box.x).toBeGreaterThan(right(parent));
    }
  });

  it('stacks each side of a topic in at most two columns of equal-width boxes, in order', () => {
    for (const topic of doc.topics) {
      for (const side of ['left', 'right'] as const) {
        const column = (topic.subtopics ?? [])
          .filter((s) => s.side === side)
          .map((s) => nodeOf(positioned, s.id));
        const edges = column.map((n) => (side === 'left' ? right(n) : n.box.x));
        // One column, or a long run of leaves flowing into a second one.
        expect(new Set(edges).size).toBeLessThanOrEqual(2);
        const inner = side === 'left' ? Math.max(...edges) : Math.min(...edges);
        const first = column.filter((n) => (side === 'left' ? right(n) : n.box.x) === inner);
        expect(new Set(first.map((n) => n.box.width)).size).toBeLessThanOrEqual(1);
        for (let i = 1; i < first.length; i++)
          expect(first[i]?.box.y ?? 0).toBeGreaterThan(bottom(first[i - 1] as PositionedNode));
      }
    }
  });

  it('joins subtopics with dashed orthogonal branches from their parent', () => {
    const branches = positioned.edges.filter((e) => e.origin === 'branch');
    expect(branches).toHaveLength(graph.edges.filter((e) => e.origin === 'branch').length);
    for (const edge of branches) {
      expect(edge.style).toBe('dashed');
      const from = nodeOf(positioned, edge.from);
      const first = edge.points[0];
      expect(first?.y).toBeCloseTo(centreY(from), 1);
    }
  });

  it('puts the title, the call-out and the legend at the top as one block over the spine', () => {
    const first = nodeOf(positioned, graph.spine[0] ?? '');
    const { title, legend } = positioned;
    expect(title.lines.map((l) => l.text)).toEqual(['Backend Developer']);
    expect(bottom({ box: title.box } as never)).toBeLessThan(first.box.y);
    expect(legend?.items.map((i) => i.id)).toEqual(doc.legend?.map((l) => l.id));
    const legendBox = legend?.box ?? title.box;
    const callout = positioned.callouts[0]?.box ?? title.box;
    // Beside the title and call-out, level with them, the whole block centred on the spine.
    expect(legendBox.x).toBeGreaterThan(
      Math.max(right({ box: title.box } as never), right({ box: callout } as never)),
    );
    expect(legendBox.y).toBeLessThan(callout.y + callout.height);
    expect(legendBox.y + legendBox.height).toBeGreaterThan(title.box.y);
    const left = Math.min(title.box.x, callout.x);
    expect((left + legendBox.x + legendBox.width) / 2).toBeCloseTo(centreX(first), 0);
    expect(positioned.callouts).toHaveLength(1);
  });

  it('puts each element beside the topic it names, off the spine', () => {
    for (const element of doc.elements ?? []) {
      if (!('near' in element) || element.near === undefined) continue;
      const node = nodeOf(positioned, element.id);
      const topic = nodeOf(positioned, element.near);
      const band = positioned.nodes.filter((n) => n.id === topic.id || inTree(doc, topic.id, n.id));
      const top = Math.min(...band.map((n) => n.box.y));
      const low = Math.max(...band.map(bottom));
      expect(node.box.y).toBeGreaterThanOrEqual(top);
      expect(bottom(node)).toBeLessThanOrEqual(low + 200);
      expect(node.box.x > right(topic) || right(node) < topic.box.x).toBe(true);
    }
  });
});

function inTree(doc: ReturnType<typeof example>, topic: string, id: string): boolean {
  type Sub = { id: string; subtopics?: Sub[] | undefined };
  const has = (items: readonly Sub[] | undefined): boolean =>
    (items ?? []).some((s) => s.id === id || has(s.subtopics));
  return has(doc.topics.find((t) => t.id === topic)?.subtopics);
}

describe('elements, sections and the header', () => {
  let positioned: PositionedRoadmap;
  beforeAll(async () => {
    positioned = await layout(fixture('elements.yaml'));
  });

  it('shows the title element as the title block', () => {
    expect(positioned.title.id).toBe('heading');
    expect(positioned.title.lines.map((l) => l.text).join(' ')).toBe('Front-end basics');
    expect(positioned.nodes.some((n) => n.kind === 'title')).toBe(false);
  });

  it('puts elements without a place in a column at the top left, above the spine', () => {
    const note = nodeOf(positioned, 'note');
    const more = nodeOf(positioned, 'more');
    const first = nodeOf(positioned, 'basics');
    expect(note.box.x).toBe(more.box.x);
    expect(more.box.y).toBeGreaterThan(bottom(note));
    expect(bottom(more)).toBeLessThan(first.box.y);
    expect(right(more)).toBeLessThan(positioned.title.box.x);
  });

  it('places an element named after a subtopic on that subtopic side', () => {
    expect(nodeOf(positioned, 'next').side).toBe('right');
    expect(nodeOf(positioned, 'next').box.x).toBeGreaterThan(right(nodeOf(positioned, 'basics')));
  });

  it('lays out checklist items and links with their own rows', () => {
    const todo = nodeOf(positioned, 'todo');
    expect(todo.lines.map((l) => l.text)).toEqual(['Before you start']);
    expect(todo.font.weight).toBe('bold');
    expect(todo.items?.map((i) => i.id)).toEqual(['install', 'editor']);
    for (const item of todo.items ?? []) {
      expect(item.marker?.width).toBeGreaterThan(0);
      expect(item.lines[0]?.x).toBeGreaterThan((item.marker?.x ?? 0) + (item.marker?.width ?? 0));
    }
    expect(nodeOf(positioned, 'more').items?.map((i) => i.url)).toEqual([
      'https://developer.mozilla.org',
      'https://web.dev',
    ]);
  });

  it('gives a paragraph its plain text and a button its tag across its top border', () => {
    const intro = nodeOf(positioned, 'intro');
    expect(intro.lines.map((l) => l.text).join(' ')).toBe('Start here: learn the basics first.');
    const next = nodeOf(positioned, 'next');
    expect(next.tag?.lines[0]?.text).toBe('New');
    expect(next.tag?.box.y).toBeLessThan(next.box.y);
    expect((next.tag?.box.y ?? 0) + (next.tag?.box.height ?? 0)).toBeGreaterThan(next.box.y);
  });

  it('carries badges on the corner written, and links', () => {
    expect(nodeOf(positioned, 'basics').badge).toMatchObject({
      legend: 'must',
      corner: 'right-top',
    });
    const html = nodeOf(positioned, 'html');
    expect(html.badge?.center).toEqual({ x: html.box.x, y: html.box.y });
    expect(nodeOf(positioned, 'tools').url).toBe('https://example.com/tools');
  });

  it('frames a section around its topics, their subtopics and elements, label inside', () => {
    const [section] = positioned.sections;
    expect(section?.topics).toEqual(['basics', 'tools']);
    const inside = [
      'basics',
      'tools',
      'html',
      'css',
      'flexbox',
      'grid',
      'git',
      'editors',
      'intro',
      'todo',
    ];
    for (const id of inside) {
      const n = nodeOf(positioned, id);
      expect(n.box.x).toBeGreaterThan(section?.box.x ?? 0);
      expect(right(n)).toBeLessThan((section?.box.x ?? 0) + (section?.box.width ?? 0));
      expect(n.box.y).toBeGreaterThan(section?.box.y ?? 0);
      expect(bottom(n)).toBeLessThan((section?.box.y ?? 0) + (section?.box.height ?? 0));
    }
    expect(section?.lines.map((l) => l.text)).toEqual(['Part one']);
    expect(section?.lines[0]?.y).toBeLessThan(nodeOf(positioned, 'css').box.y);
    expect(nodeOf(positioned, 'deploy').box.y).toBeGreaterThan(
      (section?.box.y ?? 0) + (section?.box.height ?? 0),
    );
  });

  it('passes line elements through where they were pinned', () => {
    expect(positioned.lineElements).toEqual([
      { id: 'divider', from: { x: 0, y: 10 }, to: { x: 300, y: 10 }, style: 'solid' },
    ]);
  });
});
