import type { Box } from '../positioned-roadmap.js';

/**
 * The "highways" of a set of obstacles: vertical lines (`xs`) and horizontal lines (`ys`)
 * that cross the whole of `bounds` keeping `clearance` away from every obstacle, one in the
 * middle of each free band between them (and the bands at the edges of the bounds).
 */
export function freeLines(
  obstacles: readonly Box[],
  bounds: Box,
  clearance: number,
): { xs: number[]; ys: number[] } {
  return {
    xs: gaps(
      obstacles.map((b) => [b.x - clearance, b.x + b.width + clearance]),
      bounds.x,
      bounds.x + bounds.width,
    ),
    ys: gaps(
      obstacles.map((b) => [b.y - clearance, b.y + b.height + clearance]),
      bounds.y,
      bounds.y + bounds.height,
    ),
  };
}

/** The middles of the parts of [from, to] that no interval covers. */
export function gaps(
  intervals: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): number[] {
  return freeIntervals(intervals, from, to)
    .map(([a, b]) => (a + b) / 2)
    .filter((v) => v > from && v < to);
}

/** The parts of [from, to] that no interval covers, in order. */
export function freeIntervals(
  intervals: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  let reach = from;
  for (const [start, end] of sorted) {
    if (start > reach) out.push([reach, Math.min(start, to)]);
    reach = Math.max(reach, end);
    if (reach >= to) break;
  }
  if (reach < to) out.push([reach, to]);
  return out;
}
