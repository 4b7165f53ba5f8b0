import type { Box } from '../../positioned-roadmap.js';
import { layoutSide, type Passage, type SideLayout } from './side-layout.js';

export type { Passage } from './side-layout.js';

/** A box in a topic's side columns, with the boxes that hang from it. */
export interface BandItem {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  /** Subtopics line up in columns and set their column's width; elements only sit there. */
  readonly inColumn: boolean;
  /** True when the box may widen to its column's width (its size is not pinned). */
  readonly stretch: boolean;
  readonly children: readonly BandItem[];
}

/** One topic with the items on each side of it. */
export interface BandInput {
  readonly topic: { readonly id: string; readonly width: number; readonly height: number };
  readonly left: readonly BandItem[];
  readonly right: readonly BandItem[];
}

export interface BandGaps {
  /** Between the topic and the first column, and between columns. */
  readonly column: number;
  /** Between boxes stacked in a column. */
  readonly stack: number;
}

/** A laid-out band: boxes relative to the spine axis (x = 0) and the band's top (y = 0). */
export interface BandLayout {
  readonly boxes: ReadonlyMap<string, Box>;
  /** How edges reach the boxes in the outer column of a two-column run, by box id. */
  readonly passages: ReadonlyMap<string, Passage>;
  /** How far the band reaches left of the axis, and right of it. */
  readonly left: number;
  readonly right: number;
  readonly height: number;
}

/**
 * Lays out one topic's block, roadmap.sh style: the topic on the axis, its first-level items
 * stacked in a column on each side (a long run of leaves in two columns, when the side then
 * reaches no further than its `budget` from the axis), their subtopics in the next column outward,
 * and so on. Each box is centred on the boxes that hang from it; each side's subtopics are
 * centred on the topic, with the side's other elements below them.
 */
export function layoutBand(
  input: BandInput,
  gaps: BandGaps,
  budget: { readonly left: number; readonly right: number } = { left: Infinity, right: Infinity },
): BandLayout {
  const half = input.topic.width / 2;
  const side = (items: readonly BandItem[], sign: 1 | -1): SideLayout => {
    const grid = layoutSide(items, sign, half, gaps, true);
    return grid.extent <= (sign > 0 ? budget.right : budget.left) || grid.passages.size === 0
      ? grid
      : layoutSide(items, sign, half, gaps, false);
  };
  const sides = [side(input.left, -1), side(input.right, 1)];
  const middle = Math.max(input.topic.height, ...sides.map((s) => s.treeHeight)) / 2;
  const tops = sides.map((s) => middle - s.treeHeight / 2);
  const height = Math.max(2 * middle, ...sides.map((s, i) => (tops[i] ?? 0) + s.height));
  const boxes = new Map<string, Box>();
  boxes.set(input.topic.id, {
    x: -half,
    y: middle - input.topic.height / 2,
    width: input.topic.width,
    height: input.topic.height,
  });
  const passages = new Map<string, Passage>();
  sides.forEach((s, i) => {
    const top = tops[i] ?? 0;
    for (const [id, box] of s.boxes) boxes.set(id, { ...box, y: box.y + top });
    for (const [id, p] of s.passages) passages.set(id, { ...p, y: p.y + top });
  });
  return {
    boxes,
    passages,
    left: sides[0]?.extent ?? half,
    right: sides[1]?.extent ?? half,
    height,
  };
}

/** How far a band's sides reach with one column per level (the least room they need). */
export function singleColumnExtent(
  input: BandInput,
  gaps: BandGaps,
): { readonly left: number; readonly right: number } {
  const half = input.topic.width / 2;
  return {
    left: layoutSide(input.left, -1, half, gaps, false).extent,
    right: layoutSide(input.right, 1, half, gaps, false).extent,
  };
}

/** The height of an item with everything hanging from it, in one column. */
export function blockHeight(item: BandItem, gaps: BandGaps, memo: Map<string, number>): number {
  const known = memo.get(item.id);
  if (known !== undefined) return known;
  const value = Math.max(item.height, stackHeight(item.children, gaps, memo));
  memo.set(item.id, value);
  return value;
}

/** The height of items stacked one below the other, each with its block. */
export function stackHeight(
  items: readonly BandItem[],
  gaps: BandGaps,
  memo: Map<string, number>,
): number {
  let total = 0;
  for (const item of items) total += blockHeight(item, gaps, memo);
  return total + Math.max(0, items.length - 1) * gaps.stack;
}
