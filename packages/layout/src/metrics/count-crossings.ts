import type { Point, PositionedRoadmap } from '../positioned-roadmap.js';

interface Run {
  readonly edge: number;
  /** The fixed coordinate (y of a horizontal run, x of a vertical one). */
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/**
 * How many times two different edges cross: a horizontal segment of one and a vertical
 * segment of another meeting strictly inside both. Edges that touch at an end, or run along
 * each other, do not count. A sweep over the vertical segments sorted by x keeps it fast.
 */
export function countCrossings(positioned: Pick<PositionedRoadmap, 'edges'>): number {
  const horizontal: Run[] = [];
  const vertical: Run[] = [];
  positioned.edges.forEach((edge, e) => {
    for (let i = 1; i < edge.points.length; i++) {
      const a = edge.points[i - 1] as Point;
      const b = edge.points[i] as Point;
      if (a.y === b.y && a.x !== b.x)
        horizontal.push({ edge: e, at: a.y, from: Math.min(a.x, b.x), to: Math.max(a.x, b.x) });
      else if (a.x === b.x && a.y !== b.y)
        vertical.push({ edge: e, at: a.x, from: Math.min(a.y, b.y), to: Math.max(a.y, b.y) });
    }
  });
  vertical.sort((p, q) => p.at - q.at);
  let count = 0;
  for (const h of horizontal) {
    for (let k = firstAbove(vertical, h.from); k < vertical.length; k++) {
      const v = vertical[k] as Run;
      if (v.at >= h.to) break;
      if (v.edge !== h.edge && h.at > v.from && h.at < v.to) count++;
    }
  }
  return count;
}

/** The index of the first run whose `at` is greater than `value`. */
function firstAbove(runs: readonly Run[], value: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[mid] as Run).at <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
