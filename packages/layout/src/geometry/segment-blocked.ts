import type { Box } from '../positioned-roadmap.js';
import type { SpatialIndex } from './spatial-index.js';

/**
 * A test for search steps: true when the segment from (x0, y0) to (x1, y1) comes closer than
 * `c` to the inside of an obstacle. A point must lie strictly inside an obstacle grown by `c`;
 * a segment must share a length with the inside of one. Running along a grown border is fine.
 */
export function createBlockedTest(
  obstacles: readonly Box[],
  index: SpatialIndex,
  c: number,
): (x0: number, y0: number, x1: number, y1: number) => boolean {
  const e = 1e-6;
  const query = { x: 0, y: 0, width: 0, height: 0 };
  // The segment being tested, read by `blocks` (made once, so a test allocates nothing).
  let lx = 0;
  let hx = 0;
  let ly = 0;
  let hy = 0;
  const blocks = (i: number): boolean => {
    const box = obstacles[i];
    if (!box) return false;
    const bx0 = box.x - c;
    const bx1 = box.x + box.width + c;
    const by0 = box.y - c;
    const by1 = box.y + box.height + c;
    const insideX = lx > bx0 + e && hx < bx1 - e;
    const insideY = ly > by0 + e && hy < by1 - e;
    if (lx === hx && ly === hy) return insideX && insideY;
    const overlapX = Math.min(hx, bx1) - Math.max(lx, bx0) > e;
    const overlapY = Math.min(hy, by1) - Math.max(ly, by0) > e;
    if (lx === hx) return insideX && overlapY;
    if (ly === hy) return insideY && overlapX;
    return overlapX && overlapY;
  };
  return (x0, y0, x1, y1) => {
    lx = Math.min(x0, x1);
    hx = Math.max(x0, x1);
    ly = Math.min(y0, y1);
    hy = Math.max(y0, y1);
    query.x = lx - c;
    query.y = ly - c;
    query.width = hx - lx + 2 * c;
    query.height = hy - ly + 2 * c;
    return index.someInBox(query, blocks);
  };
}
