import type { Point, Size } from './geometry.js';

/** Rounds to a tenth of a pixel (and turns -0 into 0, so YAML never shows "-0"). */
export function round(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}

/**
 * Moves source coordinates so the top-most and left-most point of the picture is at
 * (0, 0): positions keep the source's layout, without its editor's scroll offset.
 */
export interface Frame {
  point(point: Point): { x: number; y: number };
  size(size: Size): { width: number; height: number };
}

export function frameFor(points: readonly Point[]): Frame {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  for (const point of points) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
  }
  const dx = Number.isFinite(minX) ? minX : 0;
  const dy = Number.isFinite(minY) ? minY : 0;
  return {
    point: (point) => ({
      x: Math.max(0, round(point.x - dx)),
      y: Math.max(0, round(point.y - dy)),
    }),
    size: (size) => ({
      width: Math.max(1, round(size.width)),
      height: Math.max(1, round(size.height)),
    }),
  };
}
