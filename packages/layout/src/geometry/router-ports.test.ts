import { expect, it } from 'vitest';
import type { Box } from '../positioned-roadmap.js';
import { routeOrthogonal } from './orthogonal-router.js';
import { PortCache, usablePorts } from './router-ports.js';
import { createBlockedTest } from './segment-blocked.js';
import { shortRoute } from './short-route.js';
import { createSpatialIndex } from './spatial-index.js';

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const a = { x: 20, y: 20, width: 60, height: 40 };
const b = { x: 300, y: 200, width: 60, height: 40 };
// A box just right of `a`: its right-hand port is blocked.
const wall = { x: 84, y: 0, width: 10, height: 120 };
const obstacles: Box[] = [a, b, wall];
const index = createSpatialIndex(obstacles);

it('finds the usable ports of a box once per set of boxes, area and clearance', () => {
  const plain = { source: a, target: b, obstacles, index, bounds, clearance: 8 };
  const request = { ...plain, portCache: new PortCache() };
  const blocked = createBlockedTest(obstacles, index, 8);
  const first = usablePorts(request, bounds, blocked);
  expect(first).toEqual(usablePorts(plain, bounds, blocked));
  expect(first.starts.map((p) => p.dir)).toEqual([1, 2, 3]);
  // Asked again, the same lists come back, not found again.
  const again = usablePorts(request, bounds, blocked);
  expect(again.starts).toBe(first.starts);
  expect(again.ends).toBe(first.ends);
  // Another clearance or area is another question.
  const half = { ...request, clearance: 2 };
  expect(usablePorts(half, bounds, createBlockedTest(obstacles, index, 2)).starts).not.toBe(
    first.starts,
  );
  const small = { x: 0, y: 0, width: 200, height: 300 };
  expect(usablePorts(request, small, blocked).ends).toEqual([]);
});

it('routes the same with a cache as without', () => {
  const request = { source: a, target: b, obstacles, index, bounds, clearance: 8 };
  const cache = new PortCache();
  for (let k = 0; k < 2; k++) {
    expect(routeOrthogonal({ ...request, portCache: cache })).toEqual(routeOrthogonal(request));
    expect(shortRoute({ ...request, portCache: cache })).toEqual(shortRoute(request));
  }
});
