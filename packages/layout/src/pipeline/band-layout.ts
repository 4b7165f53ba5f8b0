import type { Box } from '../positioned-roadmap.js';

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
  /** How far the band reaches left of the axis, and right of it. */
  readonly left: number;
  readonly right: number;
  readonly height: number;
}

/**
 * Lays out one topic's block, roadmap.sh style: the topic on the axis, its first-level items
 * stacked in a column on each side, their subtopics in the next column outward, and so on.
 * Subtopic boxes of one column share its width; each box is centred on the boxes that hang
 * from it; each side's stack, and the topic, are centred on the band's middle.
 */
export function layoutBand(input: BandInput, gaps: BandGaps): BandLayout {
  const boxes = new Map<string, Box>();
  const heights = new Map<string, number>();
  const half = input.topic.width / 2;
  const spanLeft = stackHeight(input.left, gaps, heights);
  const spanRight = stackHeight(input.right, gaps, heights);
  const height = Math.max(input.topic.height, spanLeft, spanRight);
  boxes.set(input.topic.id, {
    x: -half,
    y: (height - input.topic.height) / 2,
    width: input.topic.width,
    height: input.topic.height,
  });
  const left = placeSide(input.left, -1, half, (height - spanLeft) / 2, gaps, heights, boxes);
  const right = placeSide(input.right, 1, half, (height - spanRight) / 2, gaps, heights, boxes);
  return { boxes, left: Math.max(half, left), right: Math.max(half, right), height };
}

/** The height of an item with everything hanging from it. */
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

function placeSide(
  items: readonly BandItem[],
  sign: 1 | -1,
  half: number,
  top: number,
  gaps: BandGaps,
  heights: Map<string, number>,
  boxes: Map<string, Box>,
): number {
  const widths: number[] = [];
  const measure = (list: readonly BandItem[], depth: number) => {
    for (const item of list) {
      if (item.inColumn) widths[depth] = Math.max(widths[depth] ?? 0, item.width);
      measure(item.children, depth + 1);
    }
  };
  measure(items, 1);
  const inner: number[] = [0, half + gaps.column];
  for (let d = 1; d < widths.length; d++)
    inner[d + 1] = (inner[d] ?? 0) + (widths[d] ?? 0) + gaps.column;
  let extent = 0;
  const place = (list: readonly BandItem[], depth: number, start: number) => {
    let y = start;
    for (const item of list) {
      const block = blockHeight(item, gaps, heights);
      const width = item.inColumn && item.stretch ? (widths[depth] ?? item.width) : item.width;
      const edge = inner[depth] ?? 0;
      boxes.set(item.id, {
        x: sign > 0 ? edge : -(edge + width),
        y: y + (block - item.height) / 2,
        width,
        height: item.height,
      });
      extent = Math.max(extent, edge + width);
      place(item.children, depth + 1, y + (block - stackHeight(item.children, gaps, heights)) / 2);
      y += block + gaps.stack;
    }
  };
  place(items, 1, top);
  return extent;
}
