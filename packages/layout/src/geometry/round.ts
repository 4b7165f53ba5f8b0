import type { Box, Point } from '../positioned-roadmap.js';

/** Rounds to two decimals, so that the same layout prints the same JSON everywhere. */
export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** A point with both coordinates rounded to two decimals. */
export function roundPoint(p: Point): Point {
  return { x: round2(p.x), y: round2(p.y) };
}

/** Rounds the corner and the size; the right and bottom edges follow from them. */
export function roundBox(box: Box): Box {
  return {
    x: round2(box.x),
    y: round2(box.y),
    width: round2(box.width),
    height: round2(box.height),
  };
}
