import type { Box, Point } from '../positioned-roadmap.js';

/** Finds the boxes near a point or a box, without comparing against every box. */
export interface SpatialIndex {
  /** The indexes of the boxes whose bounds touch `box`, in an order fixed by the input. */
  queryBox(box: Box): number[];
  /** The indexes of the boxes whose bounds contain `p` (borders included). */
  queryPoint(p: Point): number[];
  /**
   * Whether `test` holds for a box whose bounds touch `box`: boxes are tried in `queryBox`'s
   * order and the first that passes ends the query (nothing is allocated for it).
   */
  someInBox(box: Box, test: (index: number) => boolean): boolean;
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
  const seen = new Uint32Array(boxes.length);
  let stamp = 0;
  // The query under way, read by `touches` (made once: a query allocates nothing). A visit
  // must not start another query on the same index.
  let qx0 = 0;
  let qy0 = 0;
  let qx1 = 0;
  let qy1 = 0;
  let visit: (index: number) => boolean = () => false;
  const touches = (index: number): boolean => {
    if (seen[index] === stamp) return false;
    seen[index] = stamp;
    const other = boxes[index];
    return (
      other !== undefined &&
      other.x <= qx1 &&
      other.x + other.width >= qx0 &&
      other.y <= qy1 &&
      other.y + other.height >= qy0 &&
      visit(index)
    );
  };
  /**
   * Calls `test` once for each box whose bounds touch `box`, in the order the lists hold
   * them, until it returns true; returns whether one did.
   */
  const some = (box: Box, test: (index: number) => boolean): boolean => {
    stamp++;
    qx0 = box.x;
    qy0 = box.y;
    qx1 = box.x + box.width;
    qy1 = box.y + box.height;
    visit = test;
    for (const index of large) if (touches(index)) return true;
    const cx0 = cellOf(qx0);
    const cx1 = cellOf(qx1);
    const cy0 = cellOf(qy0);
    const cy1 = cellOf(qy1);
    if ((cx1 - cx0) * (cy1 - cy0) > boxes.length) {
      // A query wider than the index: checking every box is cheaper than walking the cells.
      for (let index = 0; index < boxes.length; index++) if (touches(index)) return true;
      return false;
    }
    for (let cx = cx0; cx <= cx1; cx++) {
      for (let cy = cy0; cy <= cy1; cy++) {
        const list = cells.get(cellKey(cx, cy));
        if (list) for (const index of list) if (touches(index)) return true;
      }
    }
    return false;
  };
  const queryBox = (box: Box): number[] => {
    const out: number[] = [];
    some(box, (index) => {
      out.push(index);
      return false;
    });
    return out;
  };
  return {
    queryBox,
    queryPoint: (p) => queryBox({ x: p.x, y: p.y, width: 0, height: 0 }),
    someInBox: some,
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
