import type { Box, Point } from '../positioned-roadmap.js';

/** Finds the boxes near a point or a box, without comparing against every box. */
export interface SpatialIndex {
  /** The indexes of the boxes whose bounds touch `box`, in an order fixed by the input. */
  queryBox(box: Box): number[];
  /** The indexes of the boxes whose bounds contain `p` (borders included). */
  queryPoint(p: Point): number[];
}

/**
 * A uniform grid over the boxes: each box is listed in every cell it covers. The cell size
 * defaults to twice the average box side, which keeps a few boxes per cell.
 */
export function createSpatialIndex(boxes: readonly Box[], cellSize?: number): SpatialIndex {
  const size = cellSize ?? defaultCellSize(boxes);
  const cells = new Map<number, number[]>();
  const cellOf = (v: number) => Math.floor(v / size);
  // Boxes spanning many cells are kept aside and checked on every query.
  const large: number[] = [];
  boxes.forEach((box, index) => {
    if (box.width / size > 64 || box.height / size > 64) {
      large.push(index);
      return;
    }
    for (let cx = cellOf(box.x); cx <= cellOf(box.x + box.width); cx++) {
      for (let cy = cellOf(box.y); cy <= cellOf(box.y + box.height); cy++) {
        const key = cellKey(cx, cy);
        const list = cells.get(key);
        if (list) list.push(index);
        else cells.set(key, [index]);
      }
    }
  });
  const all = boxes.map((_, index) => index);
  const seen = new Uint32Array(boxes.length);
  let stamp = 0;
  const queryBox = (box: Box): number[] => {
    stamp++;
    const out: number[] = [];
    const x0 = box.x;
    const y0 = box.y;
    const x1 = box.x + box.width;
    const y1 = box.y + box.height;
    const keep = (list: readonly number[]) => {
      for (const index of list) {
        if (seen[index] === stamp) continue;
        seen[index] = stamp;
        const other = boxes[index];
        if (
          other &&
          other.x <= x1 &&
          other.x + other.width >= x0 &&
          other.y <= y1 &&
          other.y + other.height >= y0
        )
          out.push(index);
      }
    };
    keep(large);
    const cx0 = cellOf(x0);
    const cx1 = cellOf(x1);
    const cy0 = cellOf(y0);
    const cy1 = cellOf(y1);
    if ((cx1 - cx0) * (cy1 - cy0) > boxes.length) {
      // A query wider than the index: checking every box is cheaper than walking the cells.
      keep(all);
      return out;
    }
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = cells.get(cellKey(cx, cy));
        if (list) keep(list);
      }
    }
    return out;
  };
  return {
    queryBox,
    queryPoint: (p) => queryBox({ x: p.x, y: p.y, width: 0, height: 0 }),
  };
}

function defaultCellSize(boxes: readonly Box[]): number {
  if (boxes.length === 0) return 64;
  let sum = 0;
  for (const box of boxes) sum += Math.max(box.width, box.height);
  return Math.max(16, (2 * sum) / boxes.length);
}

/** One number per cell: exact for cells within ±2^20 of the origin (coordinates up to ±16 million px). */
function cellKey(cx: number, cy: number): number {
  return (cx + 1_048_576) * 2_097_152 + (cy + 1_048_576);
}
