import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../geometry/box.js';
import type { Box } from '../../positioned-roadmap.js';
import type { BandItem } from './band-layout.js';
import { columnHeight, layoutSide, placeSide, planSide, stackedTops } from './side-layout.js';

const gaps = { column: 30, stack: 10 };
const leaf = (id: string, width = 100): BandItem => ({
  id,
  width,
  height: 30,
  inColumn: true,
  stretch: true,
  children: [],
});
const get = (boxes: ReadonlyMap<string, Box>, id: string): Box => {
  const box = boxes.get(id);
  if (!box) throw new Error(`no box for ${id}`);
  return box;
};

describe('layoutSide', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map((id) => leaf(id));
  const grid = layoutSide(items, 1, 50, gaps, true);
  const single = layoutSide(items, 1, 50, gaps, false);

  it('flows a run of leaves into two columns, the inner one first, in order', () => {
    for (const id of ['a', 'b', 'c']) expect(get(grid.boxes, id).x).toBe(50 + 30);
    for (const id of ['d', 'e']) expect(get(grid.boxes, id).x).toBe(50 + 30 + 100 + 30);
    expect(get(grid.boxes, 'd').y).toBe(get(grid.boxes, 'a').y);
    expect(get(grid.boxes, 'b').y).toBeGreaterThan(get(grid.boxes, 'a').y);
    expect(grid.extent).toBe(50 + 30 + 100 + 30 + 100);
    const all = [...grid.boxes.values()];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(boxesOverlap(all[i] as Box, all[j] as Box)).toBe(false);
  });

  it('is shorter than one column and leaves a wider passage for the outer column edges', () => {
    expect(single.height).toBe(5 * 30 + 4 * 10);
    // Three rows, one gap widened by 8 px for the passage.
    expect(grid.height).toBe(3 * 30 + 2 * 10 + 8);
    const passage = grid.passages.get('d');
    expect(passage).toBeDefined();
    expect(grid.passages.get('a')).toBeUndefined();
    // The passage runs between two rows of the inner column, clear of its boxes.
    const above = get(grid.boxes, 'b');
    const below = get(grid.boxes, 'c');
    expect(passage?.y).toBeGreaterThan(above.y + above.height);
    expect(passage?.y).toBeLessThan(below.y);
    expect(passage?.near).toBe(80);
    expect(passage?.far).toBe(180);
  });

  it('keeps short runs, nested items and elements in one column, groups apart, elements below', () => {
    const nested: BandItem = { ...leaf('p'), children: [leaf('p1'), leaf('p2')] };
    const element: BandItem = { ...leaf('note', 200), inColumn: false, stretch: false };
    const side = layoutSide([leaf('x'), nested, leaf('y'), element], -1, 50, gaps, true);
    expect(side.passages.size).toBe(0);
    expect(get(side.boxes, 'x').x + 100).toBe(-80);
    // Twice the stack gap around a group.
    expect(get(side.boxes, 'p').y - (get(side.boxes, 'x').y + 30)).toBeGreaterThanOrEqual(20);
    expect(side.treeHeight).toBe(30 + 20 + (30 + 10 + 30) + 20 + 30);
    expect(get(side.boxes, 'note').y).toBe(side.treeHeight + 10);
    expect(side.height).toBe(side.treeHeight + 10 + 30);
  });

  it('keeps a run of three in one column (two beside one reads as nesting), flows four into two', () => {
    const three = layoutSide(
      ['a', 'b', 'c'].map((id) => leaf(id)),
      1,
      50,
      gaps,
      true,
    );
    expect(three.passages.size).toBe(0);
    expect(new Set([...three.boxes.values()].map((b) => b.x))).toEqual(new Set([80]));
    const four = layoutSide(
      ['a', 'b', 'c', 'd'].map((id) => leaf(id)),
      1,
      50,
      gaps,
      true,
    );
    expect(get(four.boxes, 'c').y).toBe(get(four.boxes, 'a').y);
    expect(get(four.boxes, 'd').y).toBe(get(four.boxes, 'b').y);
  });

  it('draws boxes at their wide size (fewer lines) only when asked', () => {
    const wrapped: BandItem = { ...leaf('w', 100), height: 50, wide: { width: 160, height: 30 } };
    const narrow = planSide([wrapped, leaf('x')], 1, 50, gaps, false);
    const wide = planSide([wrapped, leaf('x')], 1, 50, gaps, false, true);
    expect(narrow.widened).toEqual([]);
    expect(wide.widened).toEqual(['w']);
    expect(narrow.extent).toBe(50 + 30 + 100);
    expect(wide.extent).toBe(50 + 30 + 160);
    const side = placeSide(wide, stackedTops(wide));
    expect(get(side.boxes, 'w')).toMatchObject({ width: 160, height: 30 });
    // The column takes the wide width: the other box stretches to it.
    expect(get(side.boxes, 'x').width).toBe(160);
  });
});

describe('columnHeight', () => {
  const framed = { ...gaps, frame: 6, frameHeader: 14 };
  const odd = (id: string, height: number): BandItem => ({ ...leaf(id), height });
  const cases: Array<[string, readonly BandItem[]]> = [
    ['one leaf', [odd('a', 37.25)]],
    ['one leaf that is not in a column', [{ ...odd('a', 37.25), inColumn: false }]],
    ['two leaves', [odd('a', 30), odd('b', 52.5)]],
    ['a box with subtopics', [{ ...odd('p', 20), children: [odd('c', 30), odd('d', 44)] }]],
    [
      'a box whose frame has a header',
      [{ ...odd('p', 80), header: 90, children: [odd('c', 30), odd('d', 44)] }],
    ],
  ];
  for (const [name, items] of cases)
    it(`is the height of the laid-out column: ${name}`, () => {
      for (const g of [gaps, framed])
        expect(columnHeight(items, g)).toBe(layoutSide(items, 1, 0, g, false).treeHeight);
    });

  it("is a lone leaf's own height", () => {
    expect(columnHeight([odd('a', 37.25)], framed)).toBe(37.25);
    expect(columnHeight([{ ...odd('a', 37.25), inColumn: false }], framed)).toBe(0);
  });
});
