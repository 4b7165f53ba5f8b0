import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../geometry/box.js';
import type { Box } from '../../positioned-roadmap.js';
import type { BandItem } from './band-layout.js';
import { placeSidesWithElk, SIDE_LAYOUT_OPTIONS, sideGraph } from './elk-sides.js';
import { loadElk } from './load-elk.js';
import { placeSide, planSide, stackedTops } from './side-layout.js';

const gaps = { column: 30, stack: 10 };
const leaf = (id: string, width = 100): BandItem => ({
  id,
  width,
  height: 30,
  inColumn: true,
  stretch: true,
  children: [],
});
const parent = (id: string, children: BandItem[]): BandItem => ({ ...leaf(id), children });
const get = (boxes: ReadonlyMap<string, Box>, id: string): Box => {
  const box = boxes.get(id);
  if (!box) throw new Error(`no box for ${id}`);
  return box;
};
const middle = (box: Box) => box.y + box.height / 2;

describe('placeSidesWithElk', () => {
  // A group of three, a run of five leaves (two columns: x, r1, r2 and r3, r4), a group of two.
  const items = [
    parent('g', [leaf('g1'), leaf('g2'), leaf('g3')]),
    leaf('x'),
    leaf('r1'),
    leaf('r2'),
    leaf('r3'),
    leaf('r4'),
    parent('h', [leaf('h1'), leaf('h2')]),
  ];
  const right = planSide(items, 1, 50, gaps, true);
  const left = planSide(items.slice(0, 2), -1, 50, gaps, false);

  it('builds one layered graph per side, model order kept, edges from a box to what hangs from it', () => {
    const entries = new Map();
    const graph = sideGraph({ plan: left, topicHeight: 40 }, 'L:', entries);
    expect(graph.layoutOptions).toMatchObject({
      ...SIDE_LAYOUT_OPTIONS,
      'elk.direction': 'LEFT',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
    });
    // The topic, g, its three subtopics and x.
    expect(graph.children?.map((n) => n.id)).toEqual(['L:t', 'L:0', 'L:1', 'L:2', 'L:3', 'L:4']);
    expect(graph.edges?.map((e) => `${e.sources[0]}>${e.targets[0]}`)).toEqual([
      'L:0>L:1',
      'L:0>L:2',
      'L:0>L:3',
      'L:t>L:0',
      'L:t>L:4',
    ]);
  });

  it('places every side of the roadmap in one call, without overlaps, groups apart', async () => {
    const elk = await loadElk();
    let calls = 0;
    const counting = {
      layout: (g: Parameters<typeof elk.layout>[0]) => {
        calls++;
        return elk.layout(g);
      },
    };
    const [tops, leftTops] = await placeSidesWithElk(counting, [
      { plan: right, topicHeight: 40 },
      { plan: left, topicHeight: 40 },
    ]);
    expect(calls).toBe(1);
    expect(tops).toBeDefined();
    expect(leftTops).toBeDefined();
    const side = placeSide(right, tops ?? new Map());
    const all = [...side.boxes.entries()];
    expect(all).toHaveLength(items.length + 5);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(
          boxesOverlap(all[i]?.[1] as Box, all[j]?.[1] as Box),
          `${all[i]?.[0]} ${all[j]?.[0]}`,
        ).toBe(false);
    const box = (id: string) => get(side.boxes, id);
    // Model order: top to bottom as written.
    const order = ['g', 'x', 'r1', 'r2', 'h'].map((id) => box(id).y);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The run keeps its two columns: r3 and r4 beside x and r1, on their rows.
    expect(box('r3').y).toBe(box('x').y);
    expect(box('r4').y).toBe(box('r1').y);
    expect(box('r3').x).toBeGreaterThan(box('x').x + 100);
    // Nested groups stand twice the stack gap apart.
    expect(box('h1').y - (box('r2').y + 30)).toBeGreaterThanOrEqual(20 - 0.01);
    // A parent is centred on its subtopics (three: one column, not a two-column run).
    expect(box('g3').x).toBe(box('g1').x);
    expect(middle(box('g'))).toBeCloseTo(middle(box('g2')), 0);
  });

  it('compacts: a leaf moves up beside the subtopics of the group above it', async () => {
    const plan = planSide(
      [parent('g', [leaf('g1'), leaf('g2'), leaf('g3'), leaf('g4')]), leaf('x')],
      1,
      50,
      gaps,
      false,
    );
    const [tops] = await placeSidesWithElk(await loadElk(), [{ plan, topicHeight: 40 }]);
    const byElk = placeSide(plan, tops ?? new Map());
    const byHand = placeSide(plan, stackedTops(plan));
    expect(byElk.treeHeight).toBeLessThan(byHand.treeHeight);
    expect(get(byElk.boxes, 'x').y).toBeLessThan(get(byElk.boxes, 'g4').y + 30);
  });

  it('asks ELK nothing when no side has subtopics of its own (a plain column is our stacking)', async () => {
    const elk = { layout: () => Promise.reject(new Error('not called')) };
    const empty = planSide([], 1, 50, gaps, true);
    const flat = planSide(
      ['a', 'b', 'c', 'd', 'e'].map((id) => leaf(id)),
      1,
      50,
      gaps,
      true,
    );
    expect(
      await placeSidesWithElk(elk, [
        { plan: empty, topicHeight: 40 },
        { plan: flat, topicHeight: 40 },
      ]),
    ).toEqual([undefined, undefined]);
  });
});
