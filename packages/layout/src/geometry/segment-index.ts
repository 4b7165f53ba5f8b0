import type { Point } from '../positioned-roadmap.js';

/** A horizontal or vertical segment of a routed edge. */
export interface Segment {
  readonly a: Point;
  readonly b: Point;
}

/** Finds the routed segments a new segment would cross or run along. */
export interface SegmentIndex {
  /** How many segments `a`–`b` crosses (inside both, not at an end). */
  crossings(a: Point, b: Point): number;
  /** The length `a`–`b` shares with segments on the same line (or within `tolerance` of it). */
  overlap(a: Point, b: Point, tolerance?: number): number;
  /**
   * `crossWeight` times the crossings plus `nearWeight` times the overlap within `tolerance`,
   * in one look at the index. With a `limit`, stops looking once the cost reaches it (and
   * returns at least `limit`): a query in a crowded place then costs a bounded amount.
   */
  cost(
    a: Point,
    b: Point,
    crossWeight: number,
    nearWeight: number,
    tolerance?: number,
    limit?: number,
  ): number;
  /** Adds a polyline's horizontal and vertical segments (later queries see them). */
  add(points: readonly Point[]): void;
}

/** Splits polylines into their segments and indexes them by their bounds. */
export function createSegmentIndex(
  polylines: ReadonlyArray<readonly Point[]>,
  cellSize?: number,
): SegmentIndex {
  const index = growingSegmentIndex(cellSize ?? defaultCellSize(polylines));
  for (const points of polylines) index.add(points);
  return index;
}

/** A segment spanning more cells than this (along either axis) goes to the next, coarser level. */
const LARGE_CELLS = 64;
/** Each level's cells are this many times as wide as the level's below. */
const LEVEL_FACTOR = 16;

/**
 * An index that segments are added to one polyline at a time, each listed once in the cells
 * of a uniform grid it covers: adding a route costs its own length, not the routes before it.
 * A segment too long for the grid's cells goes to a coarser grid (cells `LEVEL_FACTOR` times
 * as wide, and so on), so a query looks at the long segments near it, not at all of them.
 */
function growingSegmentIndex(size: number): SegmentIndex {
  const segments: Segment[] = [];
  /** Per level: its cell size and its cells (segment numbers by cell key). */
  const levels: Array<{ size: number; cells: Map<number, number[]>; count: number }> = [];
  let seen = new Uint32Array(64);
  let stamp = 0;
  const insert = (a: Point, b: Point) => {
    const k = segments.length;
    segments.push({ a, b });
    if (k >= seen.length) {
      const grown = new Uint32Array(seen.length * 2);
      grown.set(seen);
      seen = grown;
    }
    for (let l = 0, cell = size; ; l++, cell *= LEVEL_FACTOR) {
      const cx0 = Math.floor(Math.min(a.x, b.x) / cell);
      const cx1 = Math.floor(Math.max(a.x, b.x) / cell);
      const cy0 = Math.floor(Math.min(a.y, b.y) / cell);
      const cy1 = Math.floor(Math.max(a.y, b.y) / cell);
      if (cx1 - cx0 > LARGE_CELLS || cy1 - cy0 > LARGE_CELLS) continue;
      let level = levels[l];
      while (!level) {
        levels.push({ size: size * LEVEL_FACTOR ** levels.length, cells: new Map(), count: 0 });
        level = levels[l];
      }
      level.count++;
      for (let cx = cx0; cx <= cx1; cx++)
        for (let cy = cy0; cy <= cy1; cy++) {
          const key = cellKey(cx, cy);
          const list = level.cells.get(key);
          if (list) list.push(k);
          else level.cells.set(key, [k]);
        }
      return;
    }
  };
  // The query under way, read by `check` (made once: a query allocates nothing). A visit must
  // not start another query on the same index.
  let qx0 = 0;
  let qx1 = 0;
  let qy0 = 0;
  let qy1 = 0;
  let visit: (s: Segment) => boolean | undefined = () => false;
  /** True when the visit asks to stop. */
  const check = (k: number): boolean => {
    if (seen[k] === stamp) return false;
    seen[k] = stamp;
    const s = segments[k] as Segment;
    return (
      Math.min(s.a.x, s.b.x) <= qx1 &&
      Math.max(s.a.x, s.b.x) >= qx0 &&
      Math.min(s.a.y, s.b.y) <= qy1 &&
      Math.max(s.a.y, s.b.y) >= qy0 &&
      visit(s) === true
    );
  };
  /**
   * Calls `visitor` once for each segment whose bounds touch the query's bounds, until it
   * returns true.
   */
  const near = (
    a: Point,
    b: Point,
    tolerance: number,
    visitor: (s: Segment) => boolean | undefined,
  ) => {
    stamp++;
    qx0 = Math.min(a.x, b.x) - tolerance;
    qx1 = Math.max(a.x, b.x) + tolerance;
    qy0 = Math.min(a.y, b.y) - tolerance;
    qy1 = Math.max(a.y, b.y) + tolerance;
    visit = visitor;
    // The coarsest level first: the long segments, then the ones a cell holds.
    for (let l = levels.length - 1; l >= 0; l--) {
      const level = levels[l];
      if (!level || level.count === 0) continue;
      const cx0 = Math.floor(qx0 / level.size);
      const cx1 = Math.floor(qx1 / level.size);
      const cy0 = Math.floor(qy0 / level.size);
      const cy1 = Math.floor(qy1 / level.size);
      if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) > segments.length) {
        // A query wider than the index: checking every segment is cheaper than walking cells.
        for (let k = 0; k < segments.length; k++) if (check(k)) return;
        return;
      }
      for (let cx = cx0; cx <= cx1; cx++)
        for (let cy = cy0; cy <= cy1; cy++) {
          const list = level.cells.get(cellKey(cx, cy));
          if (list) for (const k of list) if (check(k)) return;
        }
    }
  };
  // The pricing under way (`cost`), read by `price`, which is made once.
  let pa: Point = { x: 0, y: 0 };
  let pb: Point = pa;
  let pCross = 0;
  let pNear = 0;
  let pTolerance = 0;
  let pLimit = 0;
  let pValue = 0;
  const price = (s: Segment): boolean => {
    if (segmentsCross(pa, pb, s.a, s.b)) pValue += pCross;
    pValue += pNear * sharedLength(pa, pb, s.a, s.b, pTolerance);
    return pValue >= pLimit;
  };
  return {
    crossings(a, b) {
      let count = 0;
      near(a, b, 0, (s) => {
        if (segmentsCross(a, b, s.a, s.b)) count++;
        return false;
      });
      return count;
    },
    overlap(a, b, tolerance = 0) {
      let length = 0;
      near(a, b, tolerance, (s) => {
        length += sharedLength(a, b, s.a, s.b, tolerance);
        return false;
      });
      return length;
    },
    cost(a, b, crossWeight, nearWeight, tolerance = 0, limit = Number.POSITIVE_INFINITY) {
      pa = a;
      pb = b;
      pCross = crossWeight;
      pNear = nearWeight;
      pTolerance = tolerance;
      pLimit = limit;
      pValue = 0;
      near(a, b, tolerance, price);
      return pValue;
    },
    add(points) {
      for (let i = 1; i < points.length; i++) {
        const a = points[i - 1];
        const b = points[i];
        if (a && b && (a.x === b.x || a.y === b.y)) insert(a, b);
      }
    },
  };
}

/** Twice the average segment length (at least 16 px): a few segments per cell. */
function defaultCellSize(polylines: ReadonlyArray<readonly Point[]>): number {
  let sum = 0;
  let count = 0;
  for (const points of polylines)
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b) continue;
      sum += Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
      count++;
    }
  return count === 0 ? 64 : Math.max(16, (2 * sum) / count);
}

/** One number per cell: exact for cells within ±2^20 of the origin. */
function cellKey(cx: number, cy: number): number {
  return (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
}

/** True when a horizontal and a vertical segment cross strictly inside both. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const abHorizontal = a.y === b.y && a.x !== b.x;
  const cdHorizontal = c.y === d.y && c.x !== d.x;
  const abVertical = a.x === b.x && a.y !== b.y;
  const cdVertical = c.x === d.x && c.y !== d.y;
  if (abHorizontal && cdVertical)
    return strictlyBetween(c.x, a.x, b.x) && strictlyBetween(a.y, c.y, d.y);
  if (abVertical && cdHorizontal)
    return strictlyBetween(a.x, c.x, d.x) && strictlyBetween(c.y, a.y, b.y);
  return false;
}

/**
 * The length two segments on the same horizontal or vertical line share, or on parallel lines
 * at most `tolerance` apart.
 */
export function sharedLength(a: Point, b: Point, c: Point, d: Point, tolerance = 0): number {
  if (a.y === b.y && c.y === d.y && Math.abs(a.y - c.y) <= tolerance)
    return Math.max(
      0,
      Math.min(Math.max(a.x, b.x), Math.max(c.x, d.x)) -
        Math.max(Math.min(a.x, b.x), Math.min(c.x, d.x)),
    );
  if (a.x === b.x && c.x === d.x && Math.abs(a.x - c.x) <= tolerance)
    return Math.max(
      0,
      Math.min(Math.max(a.y, b.y), Math.max(c.y, d.y)) -
        Math.max(Math.min(a.y, b.y), Math.min(c.y, d.y)),
    );
  return 0;
}

function strictlyBetween(v: number, p: number, q: number): boolean {
  return v > Math.min(p, q) && v < Math.max(p, q);
}
