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
  const x0 = bounds.x;
  const x1 = bounds.x + bounds.width;
  const y0 = bounds.y;
  const y1 = bounds.y + bounds.height;
  return {
    xs: gaps(
      Float64Array.from(obstacles, (b) => b.x - clearance),
      Float64Array.from(obstacles, (b) => b.x + b.width + clearance),
      x0,
      x1,
    ),
    ys: gaps(
      Float64Array.from(obstacles, (b) => b.y - clearance),
      Float64Array.from(obstacles, (b) => b.y + b.height + clearance),
      y0,
      y1,
    ),
  };
}

/**
 * The middles of the parts of [from, to] that no interval [starts[k], ends[k]] covers, strictly
 * inside [from, to]. Sorts the two arrays in place.
 */
export function gaps(starts: Float64Array, ends: Float64Array, from: number, to: number): number[] {
  return freeSpans(starts, ends, from, to)
    .map(([a, b]) => (a + b) / 2)
    .filter((v) => v > from && v < to);
}

/**
 * The parts of [from, to] that no interval [starts[k], ends[k]] covers (each start at most its
 * end), in order. Sorts the two arrays in place (`sortAscending`): a sweep over the starts and the ends in order counts the intervals
 * open at each point, and the parts where none is open are free.
 */
export function freeSpans(
  starts: Float64Array,
  ends: Float64Array,
  from: number,
  to: number,
): Array<[number, number]> {
  sortAscending(starts);
  sortAscending(ends);
  const out: Array<[number, number]> = [];
  let reach = from;
  // The intervals open at the sweep, and the furthest end of those closed: once `reach` is
  // past `to`, no part after it is free.
  let open = 0;
  let furthest = Number.NEGATIVE_INFINITY;
  let j = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    // Close the intervals that end before this one starts (touching ones leave no gap).
    while (j < ends.length && (ends[j] as number) < start) {
      furthest = ends[j] as number;
      open--;
      j++;
    }
    if (open === 0) {
      reach = Math.max(reach, furthest);
      if (i > 0 && reach >= to) break;
      if (start > reach) out.push([reach, Math.min(start, to)]);
    }
    open++;
  }
  if (ends.length > 0) reach = Math.max(reach, ends[ends.length - 1] as number);
  if (reach < to) out.push([reach, to]);
  return out;
}

/**
 * Sorts in place. The boxes near a route come from the spatial index nearly in order, which
 * an insertion sort puts right in a few moves each; one that needs many moves hands the rest
 * to the built-in sort (several times slower on such short, nearly sorted arrays).
 */
export function sortAscending(values: Float64Array): void {
  const limit = 8 * values.length;
  let moves = 0;
  for (let i = 1; i < values.length; i++) {
    if (moves > limit) {
      values.sort();
      return;
    }
    const v = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
      moves++;
    }
    values[j + 1] = v;
  }
}
