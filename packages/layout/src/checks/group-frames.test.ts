import { describe, expect, it } from 'vitest';
import type { PositionedNode, PositionedRoadmap } from '../positioned-roadmap.js';
import { badGroupFrames } from './group-frames.js';

const font = { size: 14, weight: 'regular' } as const;
const node = (id: string, x: number, y: number): PositionedNode => ({
  id,
  kind: 'subtopic',
  box: { x, y, width: 100, height: 30 },
  content: { x: x + 10, y: y + 5, width: 80, height: 20 },
  font,
  lines: [],
  pinned: false,
});

/** Two subtopics in a frame, a third outside it, a branch edge into the frame. */
function framed(extra: Partial<PositionedRoadmap> = {}): PositionedRoadmap {
  return {
    format: 1,
    id: 'framed',
    layout: 'auto',
    width: 400,
    height: 300,
    origin: { x: 0, y: 0 },
    title: { box: { x: 0, y: 0, width: 100, height: 20 }, font, lines: [], pinned: false },
    callouts: [],
    nodes: [node('p', 20, 100), node('a', 200, 60), node('b', 200, 100), node('q', 20, 200)],
    edges: [
      {
        from: 'p',
        to: 'b',
        style: 'dashed',
        origin: 'branch',
        points: [
          { x: 120, y: 115 },
          { x: 200, y: 115 },
        ],
      },
    ],
    sections: [],
    groupFrames: [{ id: 'p', box: { x: 190, y: 54, width: 120, height: 82 }, members: ['a', 'b'] }],
    lineElements: [],
    warnings: [],
    ...extra,
  };
}

describe('the group frame invariants', () => {
  it('accept a frame that holds its members, with an edge ending inside it', () => {
    expect(badGroupFrames(framed())).toEqual([]);
  });

  it('report a frame that misses a member, covers another node or is crossed by a tree edge', () => {
    const frame = { id: 'p', box: { x: 190, y: 54, width: 120, height: 82 }, members: ['a', 'b'] };
    const problems = badGroupFrames(
      framed({
        groupFrames: [
          { ...frame, members: ['a', 'b', 'q', 'gone'] },
          { id: 'x', box: { x: 0, y: 90, width: 150, height: 60 }, members: [] },
          { id: 'y', box: { x: 250, y: 40, width: 100, height: 40 }, members: ['a'] },
        ],
      }),
    );
    expect(problems).toEqual([
      'the frame of group "p" (190, 54, 120×82) does not hold node "q" (20, 200, 100×30)',
      'the frame of group "p" (190, 54, 120×82) holds "gone", which is not a node',
      'the frame of group "x" (0, 90, 150×60) overlaps node "p" (20, 100, 100×30)',
      'edge p→b: segment 1 passes through the frame of group "x" (0, 90, 150×60)',
      'the frame of group "y" (250, 40, 100×40) does not hold node "a" (200, 60, 100×30)',
      'the frame of group "p" (190, 54, 120×82) and the frame of group "y" (250, 40, 100×40) overlap without one holding the other',
    ]);
  });

  it('accept a header inside its frame, clear of the boxes, and report one that is not', () => {
    const header = {
      font: { size: 12, weight: 'regular' as const },
      lines: [{ text: 'Group', x: 196, y: 43, width: 60 }],
      box: { x: 196, y: 32, width: 60, height: 14 },
    };
    const frame = {
      id: 'p',
      box: { x: 190, y: 30, width: 120, height: 106 },
      members: ['a', 'b'],
      header,
    };
    expect(badGroupFrames(framed({ groupFrames: [frame] }))).toEqual([]);
    // Out of its frame, a line out of its box, a badge on it, an edge through it.
    const nodes = framed().nodes.map((n) =>
      n.id === 'a'
        ? {
            ...n,
            badge: {
              legend: 'l',
              corner: 'right-top' as const,
              center: { x: 250, y: 48 },
              radius: 8,
            },
          }
        : n,
    );
    // A branch edge through the header is reported; the document's own edges may cross it.
    const link = {
      from: 'q',
      to: 'p',
      style: 'dotted' as const,
      origin: 'branch' as const,
      points: [
        { x: 230, y: 215 },
        { x: 230, y: 20 },
        { x: 120, y: 20 },
        { x: 120, y: 100 },
      ],
    };
    expect(
      badGroupFrames(
        framed({
          edges: [...framed().edges, { ...link, origin: 'explicit' }],
          groupFrames: [frame],
        }),
      ),
    ).toEqual([]);
    const moved = {
      ...header,
      lines: [{ ...header.lines[0], x: 150 } as (typeof header.lines)[0]],
    };
    expect(
      badGroupFrames(
        framed({
          nodes,
          edges: [...framed().edges, link],
          groupFrames: [{ ...frame, header: { ...moved, box: { ...header.box, y: 20 } } }],
        }),
      ),
    ).toEqual([
      'edge q→p: segment 1 passes through the frame of group "p" (190, 30, 120×106)',
      'the header of group "p" (196, 20, 60×14) lies outside its frame (190, 30, 120×106)',
      'line 1 ("Group") of the header of group "p" (196, 20, 60×14) lies outside it',
      'edge q→p: segment 1 passes through the header of group "p" (196, 20, 60×14)',
    ]);
    expect(
      badGroupFrames(framed({ nodes, edges: [...framed().edges, link], groupFrames: [frame] })),
    ).toEqual([
      'edge q→p: segment 1 passes through the frame of group "p" (190, 30, 120×106)',
      'the header of group "p" (196, 32, 60×14) overlaps the badge of "a" (242, 40, 16×16)',
      'edge q→p: segment 1 passes through the header of group "p" (196, 32, 60×14)',
    ]);
  });

  it("let the document's own edges cross a frame, as they cross sections", () => {
    const positioned = framed();
    const crossing = {
      from: 'q',
      to: 'p',
      style: 'dotted' as const,
      origin: 'explicit' as const,
      points: [
        { x: 70, y: 200 },
        { x: 70, y: 130 },
      ],
    };
    const inFrame = { id: 'z', box: { x: 10, y: 140, width: 200, height: 50 }, members: [] };
    expect(badGroupFrames({ ...positioned, edges: [crossing], groupFrames: [inFrame] })).toEqual(
      [],
    );
    expect(
      badGroupFrames({
        ...positioned,
        edges: [{ ...crossing, origin: 'branch' }],
        groupFrames: [inFrame],
      }),
    ).toEqual(['edge q→p: segment 1 passes through the frame of group "z" (10, 140, 200×50)']);
  });
});
