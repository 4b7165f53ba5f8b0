import { unionBoxes } from '../../geometry/box.js';
import type { Box, Point } from '../../positioned-roadmap.js';

/** The canvas: where its top-left corner is in document coordinates, and its size. */
export interface Canvas {
  readonly origin: Point;
  readonly width: number;
  readonly height: number;
}

/**
 * Fits the canvas around everything drawn, with `margin` to spare on the right and bottom.
 * The origin stays at 0 (so pinned positions are drawn where they were written) unless
 * something lies at negative coordinates; then it moves to a whole number `margin` beyond it.
 * The size is rounded up to whole pixels. With `keepOrigin` false, the origin also moves when
 * something lies less than `margin` from it (so every side keeps the margin).
 */
export function fitCanvas(extents: Iterable<Box>, margin: number, keepOrigin = true): Canvas {
  const all = unionBoxes(extents) ?? { x: 0, y: 0, width: 0, height: 0 };
  const limit = keepOrigin ? 0 : margin;
  const origin = {
    x: all.x < limit ? Math.floor(all.x - margin) : 0,
    y: all.y < limit ? Math.floor(all.y - margin) : 0,
  };
  return {
    origin,
    width: Math.max(1, Math.ceil(all.x + all.width + margin - origin.x)),
    height: Math.max(1, Math.ceil(all.y + all.height + margin - origin.y)),
  };
}

/** Moves a box from document coordinates onto the canvas. */
export function toCanvas(box: Box, origin: Point): Box {
  return { ...box, x: box.x - origin.x, y: box.y - origin.y };
}
