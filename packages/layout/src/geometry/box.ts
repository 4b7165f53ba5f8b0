import type { Box, Point } from '../positioned-roadmap.js';

/** How much two things may touch or overlap (in px) before it counts: rounding noise. */
export const EPSILON = 0.01;

/** The x of the right border. */
export function right(box: Box): number {
  return box.x + box.width;
}

/** The y of the bottom border. */
export function bottom(box: Box): number {
  return box.y + box.height;
}

/** The middle of the box. */
export function center(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** True when the insides of two boxes share an area (touching borders do not count). */
export function boxesOverlap(a: Box, b: Box, epsilon = EPSILON): boolean {
  return (
    Math.min(right(a), right(b)) - Math.max(a.x, b.x) > epsilon &&
    Math.min(bottom(a), bottom(b)) - Math.max(a.y, b.y) > epsilon
  );
}

/** The box grown by `d` on every side (shrunk when `d` is negative). */
/** The square around a circle (a badge): its centre `c`, its radius `r`. */
export function circleBox(c: Point, r: number): Box {
  return { x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r };
}

export function inflate(box: Box, d: number): Box {
  return { x: box.x - d, y: box.y - d, width: box.width + 2 * d, height: box.height + 2 * d };
}

/** The smallest box holding all the given boxes; undefined for none. */
export function unionBoxes(boxes: Iterable<Box>): Box | undefined {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const box of boxes) {
    x0 = Math.min(x0, box.x);
    y0 = Math.min(y0, box.y);
    x1 = Math.max(x1, right(box));
    y1 = Math.max(y1, bottom(box));
  }
  if (x0 > x1) return undefined;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** True when `inner` lies inside `outer` (borders included, up to `epsilon`). */
export function containsBox(outer: Box, inner: Box, epsilon = EPSILON): boolean {
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    right(inner) <= right(outer) + epsilon &&
    bottom(inner) <= bottom(outer) + epsilon
  );
}

/** True when the point lies strictly inside the box (more than `epsilon` from every border). */
export function strictlyInside(box: Box, p: Point, epsilon = EPSILON): boolean {
  return (
    p.x > box.x + epsilon &&
    p.x < right(box) - epsilon &&
    p.y > box.y + epsilon &&
    p.y < bottom(box) - epsilon
  );
}

/** True when the point lies on the border of the box (within `epsilon`). */
export function onBorder(box: Box, p: Point, epsilon = EPSILON): boolean {
  const inX = p.x >= box.x - epsilon && p.x <= right(box) + epsilon;
  const inY = p.y >= box.y - epsilon && p.y <= bottom(box) + epsilon;
  const onX = Math.abs(p.x - box.x) <= epsilon || Math.abs(p.x - right(box)) <= epsilon;
  const onY = Math.abs(p.y - box.y) <= epsilon || Math.abs(p.y - bottom(box)) <= epsilon;
  return (onX && inY) || (onY && inX);
}

/**
 * True when the segment from `a` to `b` passes through the inside of the box. Running along a
 * border, or touching it, does not count. Works for any segment (clipping), though edges are
 * horizontal or vertical.
 */
export function segmentCrossesBox(a: Point, b: Point, box: Box, epsilon = EPSILON): boolean {
  const x0 = box.x + epsilon;
  const x1 = right(box) - epsilon;
  const y0 = box.y + epsilon;
  const y1 = bottom(box) - epsilon;
  if (x0 >= x1 || y0 >= y1) return false;
  // Liang–Barsky clipping against the shrunken box, with strict inequalities.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clips: Array<[number, number]> = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 > t0;
}

/** The part of `box` inside `bounds` (empty, at the nearest corner, when they do not meet). */
export function clipBox(box: Box, bounds: Box): Box {
  const x0 = Math.max(box.x, bounds.x);
  const y0 = Math.max(box.y, bounds.y);
  const x1 = Math.min(box.x + box.width, bounds.x + bounds.width);
  const y1 = Math.min(box.y + box.height, bounds.y + bounds.height);
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}
