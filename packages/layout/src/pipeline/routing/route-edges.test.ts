import { expect, it } from 'vitest';
import type { LayoutWarning } from '../../positioned-roadmap.js';
import { createDeadline } from '../deadline.js';
import type { EdgeModel } from '../model/model.js';
import { routeEdges } from './route-edges.js';

const a = { x: 100, y: 0, width: 100, height: 40 };
const b = { x: 100, y: 200, width: 100, height: 40 };
const wall = { x: 50, y: 100, width: 200, height: 20 };
const scene = (boxes: Record<string, typeof a>, others: (typeof a)[] = []) => ({
  ends: new Map(Object.entries(boxes)),
  obstacles: [...Object.values(boxes), ...others],
  bounds: { x: 0, y: -50, width: 400, height: 400 },
  sides: new Map(),
  clearance: 8,
});
const spine: EdgeModel = { from: 'a', to: 'b', style: 'solid', origin: 'spine' };

it('keeps the preferred route when nothing is in the way', () => {
  const [edge] = routeEdges([spine], scene({ a, b }), createDeadline(undefined, undefined), []);
  expect(edge?.points).toEqual([
    { x: 150, y: 40 },
    { x: 150, y: 200 },
  ]);
});

it('searches around a box in the way of the preferred route', () => {
  const [edge] = routeEdges(
    [spine],
    scene({ a, b }, [wall]),
    createDeadline(undefined, undefined),
    [],
  );
  const xs = edge?.points.map((p) => p.x) ?? [];
  expect(xs.some((x) => x < 50 || x > 250)).toBe(true);
  expect(edge?.points[0]).toMatchObject({ y: expect.any(Number) });
});

it('warns and draws a direct route when the target is walled in', () => {
  const warnings: LayoutWarning[] = [];
  const walls = [
    { x: 80, y: 180, width: 140, height: 5 },
    { x: 80, y: 255, width: 140, height: 5 },
    { x: 80, y: 180, width: 5, height: 80 },
    { x: 215, y: 180, width: 5, height: 80 },
  ];
  const [edge] = routeEdges(
    [spine],
    scene({ a, b }, walls),
    createDeadline(undefined, undefined),
    warnings,
  );
  expect(edge?.points).toHaveLength(2);
  expect(warnings.map((w) => [w.code, w.id])).toEqual([['edge-crosses-node', 'a->b']]);
});

it('keeps a cross-link off the edge of the picture when a way round inside costs a little more', () => {
  const top = { x: 60, y: 40, width: 100, height: 40 };
  const bottom = { x: 60, y: 440, width: 100, height: 40 };
  // A wall between them: the way round on the left runs 200 px down the picture's edge.
  const wall = { x: 40, y: 140, width: 262, height: 200 };
  const link: EdgeModel = { from: 'a', to: 'b', style: 'dotted', origin: 'explicit' };
  const [edge] = routeEdges(
    [link],
    {
      ends: new Map([
        ['a', top],
        ['b', bottom],
      ]),
      obstacles: [top, bottom, wall],
      bounds: { x: 0, y: 0, width: 600, height: 520 },
      inner: { x: 24, y: 24, width: 552, height: 472 },
      sides: new Map(),
      clearance: 8,
    },
    createDeadline(undefined, undefined),
    [],
  );
  const xs = edge?.points.map((p) => p.x) ?? [];
  expect(xs.length).toBeGreaterThan(2);
  // Neither in the margin nor along the band inside it (twice the margin from the border).
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(48);
  expect(Math.max(...xs)).toBeGreaterThan(302);
});

it("keeps a cross-link from running along a group frame's outline", () => {
  const top = { x: 200, y: 0, width: 100, height: 40 };
  const bottom = { x: 200, y: 400, width: 100, height: 40 };
  // The short way round the wall runs down its right side, where a frame's left side is.
  const wall = { x: 60, y: 100, width: 200, height: 200 };
  const frame = { x: 270, y: 90, width: 100, height: 220 };
  const link: EdgeModel = { from: 'a', to: 'b', style: 'dotted', origin: 'explicit' };
  const route = (outlines: (typeof a)[]) =>
    routeEdges(
      [link],
      {
        ends: new Map([
          ['a', top],
          ['b', bottom],
        ]),
        obstacles: [top, bottom, wall],
        bounds: { x: 0, y: -50, width: 600, height: 560 },
        sides: new Map(),
        clearance: 8,
        outlines,
      },
      createDeadline(undefined, undefined),
      [],
    )[0]?.points ?? [];
  /** How far the route runs within 6 px of the frame's left side. */
  const alongFrame = (points: readonly { x: number; y: number }[]) => {
    let run = 0;
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1];
      const q = points[i];
      if (!p || !q || p.x !== q.x || Math.abs(p.x - frame.x) > 6) continue;
      const from = Math.max(Math.min(p.y, q.y), frame.y);
      const to = Math.min(Math.max(p.y, q.y), frame.y + frame.height);
      run += Math.max(0, to - from);
    }
    return run;
  };
  // Without the outline the route hugs the frame: the test scene is what it claims to be.
  expect(alongFrame(route([]))).toBeGreaterThan(150);
  expect(alongFrame(route([frame]))).toBeLessThanOrEqual(20);
});
