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
