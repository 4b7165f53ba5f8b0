import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../geometry/box.js';
import type { Box } from '../../positioned-roadmap.js';
import { type BandItem, composeBand, layoutBand, planBand } from './band-layout.js';

const gaps = { column: 40, stack: 12 };
const leaf = (id: string, width = 100, height = 30): BandItem => ({
  id,
  width,
  height,
  inColumn: true,
  stretch: true,
  children: [],
});
const parent = (id: string, children: BandItem[], width = 100): BandItem => ({
  ...leaf(id, width),
  children,
});
const get = (boxes: ReadonlyMap<string, Box>, id: string): Box => {
  const box = boxes.get(id);
  if (!box) throw new Error(`no box for ${id}`);
  return box;
};

describe('layoutBand', () => {
  const band = layoutBand(
    {
      topic: { id: 't', width: 160, height: 40 },
      left: [
        leaf('l1', 80),
        parent('l2', [leaf('l2a', 60), leaf('l2b', 90)], 120),
        leaf('l3', 100),
      ],
      right: [leaf('r1', 70)],
    },
    gaps,
  );
  const box = (id: string) => get(band.boxes, id);

  it('puts the topic on the axis, centred in the band', () => {
    expect(box('t').x).toBe(-80);
    expect(box('t').y + 20).toBeCloseTo(band.height / 2, 6);
  });

  it('stacks first-level items in one column per side, a column gap from the topic', () => {
    for (const id of ['l1', 'l2', 'l3']) expect(box(id).x + box(id).width).toBe(-80 - 40);
    expect(box('r1').x).toBe(80 + 40);
    expect(box('l2').y).toBeGreaterThan(box('l1').y);
    expect(box('l3').y).toBeGreaterThan(box('l2').y);
  });

  it('gives the boxes of a column the width of its widest box', () => {
    expect(['l1', 'l2', 'l3'].map((id) => box(id).width)).toEqual([120, 120, 120]);
    expect(box('l2a').width).toBe(90);
  });

  it('puts nested items one column further out, centred on their parent', () => {
    expect(box('l2a').x + box('l2a').width).toBe(box('l2').x - 40);
    const childrenMiddle = (box('l2a').y + box('l2b').y + box('l2b').height) / 2;
    expect(box('l2').y + box('l2').height / 2).toBeCloseTo(childrenMiddle, 6);
  });

  it('never overlaps two boxes and reports its reach on both sides', () => {
    const all = [...band.boxes.values()];
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++)
        expect(boxesOverlap(all[i] as Box, all[j] as Box)).toBe(false);
    expect(band.left).toBe(80 + 40 + 120 + 40 + 90);
    expect(band.right).toBe(80 + 40 + 70);
    // A group (an item with subtopics) keeps twice the stack gap from its neighbours.
    expect(band.height).toBe(30 + 24 + (30 + 12 + 30) + 24 + 30);
  });

  it('keeps pinned sizes and lets elements keep their own width', () => {
    const pinned = { ...leaf('p', 50), stretch: false };
    const element = { ...leaf('e', 300), inColumn: false, stretch: false };
    const other = layoutBand(
      {
        topic: { id: 't', width: 100, height: 40 },
        left: [],
        right: [leaf('a', 120), pinned, element],
      },
      gaps,
    );
    expect(get(other.boxes, 'p').width).toBe(50);
    expect(get(other.boxes, 'a').width).toBe(120);
    expect(get(other.boxes, 'e').width).toBe(300);
    expect(get(other.boxes, 'e').x).toBe(50 + 40);
  });

  it('grows boxes wider before they wrap when the budget has room, and not when it has none', () => {
    const wrapped: BandItem = { ...leaf('w', 100), height: 50, wide: { width: 180, height: 30 } };
    const input = { topic: { id: 't', width: 100, height: 40 }, left: [], right: [wrapped] };
    const roomy = planBand(input, gaps, { left: 0, right: 50 + 40 + 180 });
    expect(roomy.right.widened).toEqual(['w']);
    const tight = planBand(input, gaps, { left: 0, right: 50 + 40 + 179 });
    expect(tight.right.widened).toEqual([]);
    expect(composeBand(tight).boxes.get('w')).toMatchObject({ width: 100, height: 50 });
  });
});
