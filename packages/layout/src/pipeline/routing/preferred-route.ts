import type { Box, Point } from '../../positioned-roadmap.js';
import type { Passage } from '../auto/band-layout.js';
import type { EdgeModel, Side } from '../model/model.js';

/**
 * The route an edge takes when nothing is in its way, or undefined when the boxes are not
 * where its shape expects them:
 * - spine: straight down from the middle of the topic's bottom to the middle of the next
 *   topic's top (with a step halfway when they are not lined up);
 * - branch: out of the side of the parent facing the subtopic, along the middle of the gap
 *   between the columns, into the near side of the subtopic.
 * - branch to the outer column of a two-column run: as a branch to the inner column, then
 *   across through the run's passage and along the gap between its two columns.
 * With `columnGap` (an automatic layout, whose columns stand that far apart), the middle of
 * the gap is found from the subtopic's column: a parent narrower than its own column (a
 * pinned size) leaves room beside it that its column's wider boxes fill further down, and a
 * line halfway between the parent and the subtopic would run through them. Without it, or
 * when that middle is not between the two boxes, the line runs halfway between them.
 * The document's own edges have no preferred route: they are always searched for.
 */
export function preferredRoute(
  edge: EdgeModel,
  from: Box,
  to: Box,
  side: Side | undefined,
  passage?: Passage,
  columnGap?: number,
): Point[] | undefined {
  if (edge.origin === 'spine') return spineRoute(from, to);
  if (edge.origin === 'branch' && side && passage)
    return passageRoute(from, to, side, passage, columnGap);
  if (edge.origin === 'branch' && side) return branchRoute(from, to, side, columnGap);
  return undefined;
}

/** The x of the line between a parent's side `outward` and its subtopic's column at `inward`. */
function busX(outward: number, inward: number, side: Side, columnGap: number | undefined): number {
  const halfway = (outward + inward) / 2;
  if (columnGap === undefined) return halfway;
  const middle = side === 'right' ? inward - columnGap / 2 : inward + columnGap / 2;
  return side === 'right'
    ? outward < middle && middle < inward
      ? middle
      : halfway
    : inward < middle && middle < outward
      ? middle
      : halfway;
}

function spineRoute(from: Box, to: Box): Point[] | undefined {
  const start = { x: from.x + from.width / 2, y: from.y + from.height };
  const end = { x: to.x + to.width / 2, y: to.y };
  if (end.y <= start.y) return undefined;
  if (Math.abs(start.x - end.x) < 0.005) return [start, { x: start.x, y: end.y }];
  const mid = (start.y + end.y) / 2;
  return [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end];
}

function branchRoute(
  from: Box,
  to: Box,
  side: Side,
  columnGap: number | undefined,
): Point[] | undefined {
  const outward = side === 'right' ? from.x + from.width : from.x;
  const inward = side === 'right' ? to.x : to.x + to.width;
  if (side === 'right' ? inward <= outward : inward >= outward) return undefined;
  const y0 = from.y + from.height / 2;
  const y1 = to.y + to.height / 2;
  if (Math.abs(y0 - y1) < 0.005)
    return [
      { x: outward, y: y0 },
      { x: inward, y: y0 },
    ];
  const bus = busX(outward, inward, side, columnGap);
  return [
    { x: outward, y: y0 },
    { x: bus, y: y0 },
    { x: bus, y: y1 },
    { x: inward, y: y1 },
  ];
}

function passageRoute(
  from: Box,
  to: Box,
  side: Side,
  passage: Passage,
  columnGap: number | undefined,
): Point[] | undefined {
  const outward = side === 'right' ? from.x + from.width : from.x;
  const inward = side === 'right' ? to.x : to.x + to.width;
  const y0 = from.y + from.height / 2;
  const y1 = to.y + to.height / 2;
  const bus = busX(outward, passage.near, side, columnGap);
  const outer = (passage.far + inward) / 2;
  if (side === 'right' ? !(outward < bus && outer < inward) : !(outward > bus && outer > inward))
    return undefined;
  return [
    { x: outward, y: y0 },
    { x: bus, y: y0 },
    { x: bus, y: passage.y },
    { x: outer, y: passage.y },
    { x: outer, y: y1 },
    { x: inward, y: y1 },
  ];
}
