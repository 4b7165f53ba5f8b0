import { type Point, pointToRect, type Rect } from '../core/geometry.js';
import type { Shape } from './shapes.js';

/** Where a shape is drawn, when it has a position. */
export function rectOfShape(shape: Shape): Rect | undefined {
  return shape.position === undefined ? undefined : { ...shape.position, ...shape.size };
}

/** The shape whose box is nearest the point, within `reach` px. */
export function closest(
  at: Point,
  shapes: readonly Shape[],
  reach: number,
): { shape: Shape; rect: Rect } | undefined {
  let best: { shape: Shape; rect: Rect; distance: number } | undefined;
  for (const shape of shapes) {
    const rect = rectOfShape(shape);
    if (rect === undefined) continue;
    const distance = pointToRect(at, rect);
    if (distance <= reach && (best === undefined || distance < best.distance))
      best = { shape, rect, distance };
  }
  return best;
}

/** A lone label that starts just right of the icon, on the same line. */
export function labelAfter(
  at: Point,
  labels: readonly Shape[],
  taken: ReadonlySet<Shape>,
): Shape | undefined {
  let best: { shape: Shape; gap: number } | undefined;
  for (const shape of labels) {
    const rect = rectOfShape(shape);
    if (rect === undefined || taken.has(shape)) continue;
    const gap = rect.x - at.x;
    const sameLine = at.y >= rect.y - 8 && at.y <= rect.y + rect.height + 8;
    if (sameLine && gap > 0 && gap <= 80 && (best === undefined || gap < best.gap))
      best = { shape, gap };
  }
  return best?.shape;
}
