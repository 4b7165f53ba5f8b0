import { describe, expect, it } from 'vitest';
import type { PositionedNode, PositionedRoadmap } from '../positioned-roadmap.js';
import { checkLayoutInvariants } from './check-layout-invariants.js';

const font = { size: 14, weight: 'regular' } as const;

function node(
  id: string,
  x: number,
  y: number,
  extra: Partial<PositionedNode> = {},
): PositionedNode {
  return {
    id,
    kind: 'topic',
    box: { x, y, width: 100, height: 40 },
    content: { x: x + 10, y: y + 8, width: 80, height: 24 },
    font,
    lines: [{ text: id, x: x + 40, y: y + 25, width: 20 }],
    pinned: false,
    ...extra,
  };
}

/** A small layout that keeps every promise: two topics, one edge, a title and a legend. */
function valid(): PositionedRoadmap {
  return {
    format: 1,
    id: 'tiny',
    layout: 'auto',
    width: 400,
    height: 300,
    origin: { x: 0, y: 0 },
    title: { box: { x: 100, y: 10, width: 200, height: 30 }, font, lines: [], pinned: false },
    callouts: [],
    legend: { box: { x: 300, y: 60, width: 80, height: 40 }, font, items: [] },
    nodes: [
      node('a', 100, 60),
      node('b', 100, 200, {
        badge: { legend: 'l', corner: 'right-top', center: { x: 200, y: 200 }, radius: 8 },
      }),
    ],
    edges: [
      {
        from: 'a',
        to: 'b',
        style: 'solid',
        origin: 'spine',
        points: [
          { x: 150, y: 100 },
          { x: 150, y: 200 },
        ],
      },
    ],
    sections: [],
    lineElements: [],
    warnings: [],
  };
}

describe('checkLayoutInvariants', () => {
  it('finds nothing wrong with a layout that keeps every promise', () => {
    expect(checkLayoutInvariants(valid())).toEqual([]);
  });

  it('reports a number that is not finite, with its path', () => {
    const layout = valid();
    const a = node('a', 100, 60);
    const broken = {
      ...layout,
      nodes: [{ ...a, box: { ...a.box, x: Number.NaN } }, ...layout.nodes.slice(1)],
    };
    expect(checkLayoutInvariants(broken)).toEqual(['non-finite number at nodes[0].box.x: NaN']);
  });

  it('reports two overlapping nodes in an automatic layout, but not in a manual one', () => {
    const layout = valid();
    const overlapping = { ...layout, nodes: [...layout.nodes, node('c', 150, 70)] };
    const found = checkLayoutInvariants(overlapping);
    expect(found.some((v) => /node "a" .* overlaps node "c"/.test(v))).toBe(true);
    expect(
      checkLayoutInvariants({ ...overlapping, layout: 'manual' }).some((v) => /overlaps/.test(v)),
    ).toBe(false);
  });

  it('does not report two overlapping nodes that were both pinned', () => {
    const layout = valid();
    const pinned = {
      ...layout,
      nodes: [node('a', 100, 60, { pinned: true }), node('c', 150, 70, { pinned: true })],
      edges: [],
    };
    expect(checkLayoutInvariants(pinned)).toEqual([]);
  });

  it('reports a node overlapping the title or the legend', () => {
    const layout = valid();
    const found = checkLayoutInvariants({
      ...layout,
      nodes: [...layout.nodes, node('c', 290, 50)],
    });
    expect(
      found.some((v) => /the title .* overlaps node "c"|node "c" .* overlaps the title/.test(v)),
    ).toBe(false);
    expect(found.some((v) => /overlaps the legend|the legend .* overlaps/.test(v))).toBe(true);
  });

  it('reports a line wider than its content box, or sticking out of it', () => {
    const layout = valid();
    const wide = node('a', 100, 60, { lines: [{ text: 'wide', x: 110, y: 80, width: 90 }] });
    const shifted = node('a', 100, 60, { lines: [{ text: 'shifted', x: 150, y: 80, width: 50 }] });
    expect(checkLayoutInvariants({ ...layout, nodes: [wide, ...layout.nodes.slice(1)] })).toEqual([
      'line 1 ("wide") of node "a" is 90 px wide, its box holds 80 px',
    ]);
    expect(
      checkLayoutInvariants({ ...layout, nodes: [shifted, ...layout.nodes.slice(1)] })[0],
    ).toMatch(
      /line 1 \("shifted"\) of node "a" runs from x 150 to 200, outside its box's 110 to 190/,
    );
  });

  it('reports an edge through another node, a diagonal segment and loose ends', () => {
    const layout = valid();
    const through = { ...layout, nodes: [...layout.nodes, node('c', 120, 130)] };
    expect(checkLayoutInvariants(through)).toEqual(['edge a→b: segment 1 passes through node "c"']);
    const edge = layout.edges[0];
    if (!edge) throw new Error('no edge');
    const diagonal = {
      ...edge,
      points: [
        { x: 150, y: 100 },
        { x: 160, y: 200 },
      ],
    };
    expect(checkLayoutInvariants({ ...layout, edges: [diagonal] })).toContain(
      'edge a→b: segment 1 is neither horizontal nor vertical',
    );
    const loose = {
      ...edge,
      points: [
        { x: 150, y: 120 },
        { x: 150, y: 200 },
      ],
    };
    expect(checkLayoutInvariants({ ...layout, edges: [loose] })).toEqual([
      'edge a→b starts at (150, 120), not on the border of "a"',
    ]);
    const unknown = { ...edge, to: 'z' };
    expect(checkLayoutInvariants({ ...layout, edges: [unknown] })).toEqual([
      'edge a→z ends at "z", which is not a node',
    ]);
    const single = { ...edge, points: [{ x: 150, y: 100 }] };
    expect(checkLayoutInvariants({ ...layout, edges: [single] })).toEqual([
      'edge a→b has 1 point(s), expected at least 2',
    ]);
  });

  it('reports anything outside the canvas: a node, a badge, an edge point, a section', () => {
    const layout = valid();
    expect(checkLayoutInvariants({ ...layout, height: 230 })).toEqual([
      'node "b" (100, 200, 100×40) lies outside the 400×230 canvas',
    ]);
    expect(checkLayoutInvariants({ ...layout, width: 205 })).toEqual([
      'the badge of node "b" (192, 192, 16×16) lies outside the 205×300 canvas',
      'the legend (300, 60, 80×40) lies outside the 205×300 canvas',
      'the title (100, 10, 200×30) lies outside the 205×300 canvas',
    ]);
    const edge = layout.edges[0];
    if (!edge) throw new Error('no edge');
    const out = { ...edge, points: [...edge.points, { x: 150, y: 310 }] };
    expect(checkLayoutInvariants({ ...layout, edges: [out] })).toContain(
      'point 2 of edge a→b (150, 310, 0×0) lies outside the 400×300 canvas',
    );
    const section = {
      id: 's',
      box: { x: -5, y: 0, width: 10, height: 10 },
      topics: [],
      pinned: true,
      font,
      lines: [],
    };
    expect(checkLayoutInvariants({ ...layout, sections: [section] })).toEqual([
      'section "s" (-5, 0, 10×10) lies outside the 400×300 canvas',
    ]);
  });
});
