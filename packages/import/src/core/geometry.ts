/** Plain geometry on source coordinates (px, y down). */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Rect extends Point, Size {}

/** The side of a box an edge leaves or enters by. */
export type BoxSide = 'top' | 'bottom' | 'left' | 'right';

export function rectOf(position: Point, size: Size): Rect {
  return { x: position.x, y: position.y, width: size.width, height: size.height };
}

export function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** How far a point is from a box: 0 inside it. */
export function pointToRect(point: Point, rect: Rect): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width));
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height));
  return Math.hypot(dx, dy);
}

/** The gap between two boxes: 0 when they touch or overlap. */
export function rectToRect(a: Rect, b: Rect): number {
  const dx = Math.max(b.x - (a.x + a.width), 0, a.x - (b.x + b.width));
  const dy = Math.max(b.y - (a.y + a.height), 0, a.y - (b.y + b.height));
  return Math.hypot(dx, dy);
}

export function contains(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.x &&
    point.x <= rect.x + rect.width &&
    point.y >= rect.y &&
    point.y <= rect.y + rect.height
  );
}

/** The side of the box whose edge is closest to the point. */
export function nearestSide(rect: Rect, point: Point): BoxSide {
  const distances: Array<[BoxSide, number]> = [
    ['top', Math.abs(point.y - rect.y)],
    ['bottom', Math.abs(point.y - (rect.y + rect.height))],
    ['left', Math.abs(point.x - rect.x)],
    ['right', Math.abs(point.x - (rect.x + rect.width))],
  ];
  let best: [BoxSide, number] = ['top', Number.POSITIVE_INFINITY];
  for (const entry of distances) if (entry[1] < best[1]) best = entry;
  return best[0];
}

/** The item nearest to a box (gap first, then distance between centres), or undefined. */
export function nearest<T>(
  target: Rect,
  items: readonly T[],
  rectOfItem: (item: T) => Rect | undefined,
): T | undefined {
  let best: T | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  let bestCentres = Number.POSITIVE_INFINITY;
  const c = center(target);
  for (const item of items) {
    const rect = rectOfItem(item);
    if (rect === undefined) continue;
    const gap = rectToRect(target, rect);
    const other = center(rect);
    const centres = Math.hypot(other.x - c.x, other.y - c.y);
    if (gap < bestGap || (gap === bestGap && centres < bestCentres)) {
      best = item;
      bestGap = gap;
      bestCentres = centres;
    }
  }
  return best;
}
