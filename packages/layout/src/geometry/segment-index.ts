import type { Point } from '../positioned-roadmap.js';
import { createSpatialIndex, type SpatialIndex } from './spatial-index.js';

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
}

/** Splits polylines into their segments and indexes them by their bounds. */
export function createSegmentIndex(polylines: ReadonlyArray<readonly Point[]>): SegmentIndex {
  const segments: Segment[] = [];
  for (const points of polylines)
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b && (a.x === b.x || a.y === b.y)) segments.push({ a, b });
    }
  const index: SpatialIndex = createSpatialIndex(
    segments.map(({ a, b }) => ({
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.abs(a.x - b.x),
      height: Math.abs(a.y - b.y),
    })),
  );
  const query = { x: 0, y: 0, width: 0, height: 0 };
  const near = (a: Point, b: Point, tolerance = 0): number[] => {
    query.x = Math.min(a.x, b.x) - tolerance;
    query.y = Math.min(a.y, b.y) - tolerance;
    query.width = Math.abs(a.x - b.x) + 2 * tolerance;
    query.height = Math.abs(a.y - b.y) + 2 * tolerance;
    return index.queryBox(query);
  };
  return {
    crossings(a, b) {
      let count = 0;
      for (const i of near(a, b)) {
        const s = segments[i] as Segment;
        if (segmentsCross(a, b, s.a, s.b)) count++;
      }
      return count;
    },
    overlap(a, b, tolerance = 0) {
      let length = 0;
      for (const i of near(a, b, tolerance)) {
        const s = segments[i] as Segment;
        length += sharedLength(a, b, s.a, s.b, tolerance);
      }
      return length;
    },
  };
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
