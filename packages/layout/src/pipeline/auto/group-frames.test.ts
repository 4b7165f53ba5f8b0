import { describe, expect, it } from 'vitest';
import type { BandItem } from './band-layout.js';
import { childRoom, frameSpecs, placeFrames, treeFrameReach } from './group-frames.js';
import { layoutSide, planSide } from './side-layout.js';

const leaf = (id: string): BandItem => ({
  id,
  width: 100,
  height: 30,
  inColumn: true,
  stretch: true,
  children: [],
});
const parent = (id: string, children: BandItem[]): BandItem => ({ ...leaf(id), children });
const gaps = { column: 30, stack: 8, frame: 6 };

describe('the frames of groups of subtopics', () => {
  // d hangs from the topic with a, b and c below it; c has its own two.
  const items = [
    parent('d', [leaf('a'), leaf('b'), parent('c', [leaf('c1'), leaf('c2')])]),
    leaf('x'),
    leaf('y'),
    leaf('z'),
    leaf('w'),
  ];

  it('frames the subtopics hanging from a subtopic, nested groups inside, and two-column runs', () => {
    const plan = planSide(items, 1, 50, gaps, true);
    const specs = frameSpecs(plan, plan.tree);
    expect(specs).toEqual([
      {
        id: 'd',
        members: ['a', 'b', 'c', 'c1', 'c2'],
        inner: [{ id: 'c', members: ['c1', 'c2'], inner: [], sidePad: 7, header: 0 }],
        sidePad: 7,
        header: 0,
      },
      { id: 'grid:x', members: ['x', 'y', 'z', 'w'], inner: [], sidePad: 7, header: 0 },
    ]);
    // d's frame holds c's: two frames of room around d's subtopics, and two reach outwards.
    expect(childRoom(plan, items[0] as BandItem)).toEqual({ top: 12, bottom: 12 });
    expect(childRoom(plan, items[1] as BandItem)).toEqual({ top: 0, bottom: 0 });
    expect(treeFrameReach(plan, plan.tree)).toBe(14);
    // Two frames nested in a column gap of 12 px keep 2.5 px each, so they stay clear of its
    // middle, where the connectors run.
    const narrow = planSide(items, 1, 50, { ...gaps, column: 12 }, true);
    expect(frameSpecs(narrow, narrow.tree)[0]?.sidePad).toBe(2.5);
  });

  it('keeps room above a group for the header of its frame, and of the frames inside it', () => {
    const headed = (id: string, children: BandItem[]): BandItem => ({
      ...parent(id, children),
      header: 120,
    });
    const tree = [headed('d', [leaf('a'), headed('c', [leaf('c1'), leaf('c2')])])];
    const plan = planSide(tree, 1, 50, { ...gaps, frameHeader: 10 }, false);
    // d's frame and c's inside it: a pad each below, a pad and a header each above.
    expect(childRoom(plan, tree[0] as BandItem)).toEqual({ top: 32, bottom: 12 });
    const specs = frameSpecs(plan, plan.tree);
    expect(specs.map((s) => [s.id, s.header, s.inner.map((i) => [i.id, i.header])])).toEqual([
      ['d', 10, [['c', 10]]],
    ]);
    // The columns of the groups are made as wide as their headers need.
    expect(plan.widths[2]).toBe(120);
    expect(plan.widths[3]).toBe(120);
    // Laid out by hand, the frames hold their headers inside the side, and d sits level with
    // the middle of its subtopics (c's with the room of c's frame below them), not of its
    // frame with the header.
    const side = layoutSide(tree, 1, 50, { ...gaps, frameHeader: 10 }, false);
    const outer = side.frames.find((f) => f.id === 'd');
    const inner = side.frames.find((f) => f.id === 'c');
    if (!outer || !inner) throw new Error('two frames expected');
    expect(outer.box.y).toBeGreaterThanOrEqual(0);
    const a = side.boxes.get('a');
    const c2 = side.boxes.get('c2');
    const d = side.boxes.get('d');
    if (!a || !c2 || !d) throw new Error('boxes expected');
    expect(inner.box.y).toBeCloseTo((side.boxes.get('c1')?.y ?? 0) - 6 - 10, 5);
    expect(outer.box.y).toBeCloseTo(a.y - 6 - 10, 5);
    expect(d.y + d.height / 2).toBeCloseTo((a.y + c2.y + c2.height + 6) / 2, 5);
    // Without headers (or frames), none of this room is kept.
    const plain = planSide(tree, 1, 50, gaps, false);
    expect(childRoom(plain, tree[0] as BandItem)).toEqual({ top: 12, bottom: 12 });
    expect(frameSpecs(plain, plain.tree)[0]?.header).toBe(0);
    expect(plain.widths[2]).toBe(100);
  });

  it('draws none when the frame gap is 0', () => {
    const plan = planSide(items, 1, 50, { ...gaps, frame: 0 }, true);
    expect(frameSpecs(plan, plan.tree)).toEqual([]);
    expect(layoutSide(items, 1, 50, { ...gaps, frame: 0 }, true).frames).toEqual([]);
  });

  it('puts each frame its pad around its boxes and its inner frames, inner frames first', () => {
    const boxes = new Map([
      ['a', { x: 0, y: 0, width: 10, height: 10 }],
      ['b', { x: 20, y: 20, width: 10, height: 10 }],
    ]);
    const specs = [
      {
        id: 'o',
        members: ['a', 'b'],
        inner: [{ id: 'i', members: ['b'], inner: [], sidePad: 3, header: 0 }],
        sidePad: 3,
        header: 5,
      },
    ];
    // The outer frame's header takes 5 px more above its boxes and the inner frame.
    expect(placeFrames(specs, boxes, 2)).toEqual([
      {
        id: 'i',
        members: ['b'],
        box: { x: 17, y: 18, width: 16, height: 14 },
        sidePad: 3,
        header: 0,
      },
      {
        id: 'o',
        members: ['a', 'b'],
        box: { x: -3, y: -7, width: 39, height: 41 },
        sidePad: 3,
        header: 5,
      },
    ]);
    // A frame with a box placed elsewhere (pinned) is left out, and so is the frame around it.
    expect(placeFrames(specs, new Map([['a', { x: 0, y: 0, width: 1, height: 1 }]]), 2)).toEqual(
      [],
    );
  });

  it('keeps frames apart and off the boxes outside them in a laid-out side', () => {
    const side = layoutSide(
      [parent('p', [leaf('p1'), leaf('p2'), leaf('p3')]), leaf('q'), parent('r', [leaf('r1')])],
      -1,
      50,
      gaps,
      false,
    );
    const [p, r] = side.frames;
    expect(side.frames.map((f) => f.id)).toEqual(['p', 'r']);
    if (!p || !r) throw new Error('two frames expected');
    // The frames stand at least the stack gap apart.
    expect(r.box.y - (p.box.y + p.box.height)).toBeGreaterThanOrEqual(gaps.stack - 0.01);
    for (const id of ['p', 'q', 'r']) {
      const box = side.boxes.get(id);
      if (!box) throw new Error(id);
      for (const frame of side.frames)
        expect(box.x + box.width <= frame.box.x || box.x >= frame.box.x + frame.box.width).toBe(
          true,
        );
    }
    // And the side's height holds them.
    expect(p.box.y).toBeGreaterThanOrEqual(0);
    expect(r.box.y + r.box.height).toBeLessThanOrEqual(side.treeHeight + 0.01);
  });
});
