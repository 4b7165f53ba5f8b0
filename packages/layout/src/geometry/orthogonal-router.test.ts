import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../positioned-roadmap.js';
import { onBorder, segmentCrossesBox } from './box.js';
import { routeOrthogonal } from './orthogonal-router.js';
import { isOrthogonal } from './polyline.js';
import { createSpatialIndex } from './spatial-index.js';

const bounds = { x: 0, y: 0, width: 400, height: 400 };

function route(source: Box, target: Box, others: Box[], clearance = 8) {
  const obstacles = [source, target, ...others];
  return routeOrthogonal({
    source,
    target,
    obstacles,
    index: createSpatialIndex(obstacles),
    bounds,
    clearance,
  });
}

function crossesAny(points: readonly Point[], boxes: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    if (boxes.some((box) => segmentCrossesBox(a, b, box))) return true;
  }
  return false;
}

describe('routeOrthogonal', () => {
  it('joins two facing boxes with a straight segment between the middles of their sides', () => {
    const a = { x: 20, y: 20, width: 60, height: 40 };
    const b = { x: 200, y: 20, width: 60, height: 40 };
    expect(route(a, b, []).points).toEqual([
      { x: 80, y: 40 },
      { x: 200, y: 40 },
    ]);
  });

  it('goes around a box in the way, keeping the clearance, from border to border', () => {
    const a = { x: 20, y: 150, width: 60, height: 40 };
    const b = { x: 300, y: 150, width: 60, height: 40 };
    const wall = { x: 150, y: 100, width: 40, height: 140 };
    const { points } = route(a, b, [wall]);
    expect(points).toBeDefined();
    const path = points ?? [];
    expect(isOrthogonal(path)).toBe(true);
    expect(onBorder(a, path[0] as Point)).toBe(true);
    expect(onBorder(b, path[path.length - 1] as Point)).toBe(true);
    expect(crossesAny(path, [{ x: 142, y: 92, width: 56, height: 156 }])).toBe(false);
    expect(crossesAny(path, [a, b])).toBe(false);
    expect(path.length).toBeGreaterThan(2);
  });

  it('says the target is unreachable when it is walled in', () => {
    const a = { x: 20, y: 20, width: 40, height: 40 };
    const b = { x: 200, y: 200, width: 40, height: 40 };
    const walls = [
      { x: 180, y: 180, width: 80, height: 10 },
      { x: 180, y: 250, width: 80, height: 10 },
      { x: 180, y: 180, width: 10, height: 80 },
      { x: 250, y: 180, width: 10, height: 80 },
    ];
    const result = route(a, b, walls, 4);
    expect(result.points).toBeUndefined();
    expect(result.points === undefined && result.reason).toBe('unreachable');
  });

  it('pays for a penalty: it takes a longer path rather than a costly step', () => {
    const a = { x: 20, y: 150, width: 60, height: 40 };
    const b = { x: 300, y: 150, width: 60, height: 40 };
    const obstacles = [a, b];
    const penalty = (p: Point, q: Point) =>
      Math.min(p.x, q.x) < 200 && Math.max(p.x, q.x) > 100 && p.y === q.y && p.y > 100 && p.y < 250
        ? 10_000
        : 0;
    const { points } = routeOrthogonal({
      source: a,
      target: b,
      obstacles,
      index: createSpatialIndex(obstacles),
      bounds,
      clearance: 8,
      penalty,
    });
    const ys = (points ?? []).map((p) => p.y);
    expect(ys.some((y) => y <= 100 || y >= 250)).toBe(true);
  });

  it('stops after its step budget', () => {
    const a = { x: 20, y: 20, width: 40, height: 40 };
    const b = { x: 300, y: 300, width: 40, height: 40 };
    const obstacles = [a, b];
    const result = routeOrthogonal({
      source: a,
      target: b,
      obstacles,
      index: createSpatialIndex(obstacles),
      bounds,
      clearance: 8,
      maxSteps: 1,
    });
    expect(result.points === undefined && result.reason).toBe('steps');
  });
});
