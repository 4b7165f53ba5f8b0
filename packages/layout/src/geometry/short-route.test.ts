import { describe, expect, it } from 'vitest';
import type { Box, Point } from '../positioned-roadmap.js';
import { onBorder, segmentCrossesBox } from './box.js';
import { isOrthogonal } from './polyline.js';
import { priceRoute, shortRoute } from './short-route.js';
import { createSpatialIndex } from './spatial-index.js';

const bounds = { x: 0, y: 0, width: 600, height: 600 };

function request(source: Box, target: Box, others: Box[], extra = {}) {
  const obstacles = [source, target, ...others];
  return {
    source,
    target,
    obstacles,
    index: createSpatialIndex(obstacles),
    bounds,
    clearance: 8,
    quarterPorts: true,
    ...extra,
  };
}

const crossesAny = (points: readonly Point[], boxes: readonly Box[]) =>
  points
    .slice(1)
    .some((b, i) => boxes.some((box) => segmentCrossesBox(points[i] as Point, b, box)));

describe('shortRoute', () => {
  it('joins two facing boxes straight, from border to border', () => {
    const a = { x: 20, y: 20, width: 60, height: 40 };
    const b = { x: 200, y: 20, width: 60, height: 40 };
    expect(shortRoute(request(a, b, []))?.points).toEqual([
      { x: 80, y: 40 },
      { x: 200, y: 40 },
    ]);
  });

  it('takes a lane through the free band beside a wall between two stacked boxes', () => {
    const a = { x: 100, y: 20, width: 100, height: 40 };
    const b = { x: 100, y: 300, width: 100, height: 40 };
    const wall = { x: 40, y: 150, width: 220, height: 40 };
    const route = shortRoute(request(a, b, [wall]));
    const points = route?.points ?? [];
    expect(points.length).toBeGreaterThan(2);
    expect(isOrthogonal(points)).toBe(true);
    expect(crossesAny(points, [a, b, wall])).toBe(false);
    expect(onBorder(a, points[0] as Point)).toBe(true);
    expect(onBorder(b, points[points.length - 1] as Point)).toBe(true);
    // The lane runs beside the wall, keeping the clearance.
    expect(points.some((p) => p.x <= 40 - 8 || p.x >= 260 + 8)).toBe(true);
    expect(route?.penalty).toBe(0);
  });

  it('pays the penalty: a second lane is taken when the first runs along another line', () => {
    const a = { x: 100, y: 20, width: 100, height: 40 };
    const b = { x: 100, y: 300, width: 100, height: 40 };
    const wall = { x: 40, y: 150, width: 220, height: 40 };
    const free = shortRoute(request(a, b, [wall]))?.points ?? [];
    const lane = free.find((p, i) => i > 0 && p.x !== a.x + a.width / 2)?.x ?? 0;
    // Another line already runs down the chosen lane.
    const busy = (p: Point, q: Point) => (p.x === q.x && Math.abs(p.x - lane) < 10 ? 1_000 : 0);
    const route = shortRoute(request(a, b, [wall], { penalty: busy }));
    expect(route?.penalty).toBe(0);
    expect(route?.points.some((p) => Math.abs(p.x - lane) < 10)).toBe(false);
  });

  it('finds nothing when the target is walled in', () => {
    const a = { x: 20, y: 20, width: 60, height: 40 };
    const b = { x: 300, y: 300, width: 60, height: 40 };
    const walls = [
      { x: 280, y: 280, width: 100, height: 4 },
      { x: 280, y: 356, width: 100, height: 4 },
      { x: 280, y: 280, width: 4, height: 80 },
      { x: 376, y: 280, width: 4, height: 80 },
    ];
    expect(shortRoute(request(a, b, walls))).toBeUndefined();
  });
});

describe('priceRoute', () => {
  it('adds length, a cost per bend and the penalty', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 20 },
    ];
    expect(priceRoute(points, 24).cost).toBe(54);
    const priced = priceRoute(points, 24, (a, b) => (a.x === b.x ? 100 : 0));
    expect(priced).toMatchObject({ cost: 154, penalty: 100 });
  });
});
