import type { Box } from '../../positioned-roadmap.js';
import type { BandGaps, BandItem } from './band-layout.js';

/** A run of this many leaf subtopics or more may flow into two columns. */
export const GRID_MIN = 3;

/**
 * How an edge to a box in the outer column of a two-column run gets there: from its parent
 * along the gap before the inner column, across through the passage (a wider gap between two
 * rows of the inner column), then along the gap between the two columns.
 */
export interface Passage {
  /** The y of the passage's middle. */
  readonly y: number;
  /** The inner column's edges facing the parent and facing away from it (x, with the sign). */
  readonly near: number;
  readonly far: number;
}

/** One side of a band laid out: boxes relative to the spine axis and the side's own top. */
export interface SideLayout {
  readonly boxes: Map<string, Box>;
  readonly passages: Map<string, Passage>;
  /** How far the side reaches from the axis. */
  readonly extent: number;
  /** The height of the subtopics (centred on the topic), then of everything. */
  readonly treeHeight: number;
  readonly height: number;
}

type Segment =
  | { readonly kind: 'item'; readonly item: BandItem }
  | { readonly kind: 'grid'; readonly inner: BandItem[]; readonly outer: BandItem[] };

/**
 * Lays out one side of a topic: first-level items stacked in a column, their subtopics in the
 * next column outward, and so on; boxes of one column share its width. A run of `GRID_MIN` or
 * more leaf subtopics flows into two columns (inner first, then outer, in order) when `grids`
 * allows it. Items with subtopics get twice the stack gap around them, so groups stand apart.
 * Elements (not in a column) go below the subtopics.
 */
export function layoutSide(
  items: readonly BandItem[],
  sign: 1 | -1,
  half: number,
  gaps: BandGaps,
  grids: boolean,
): SideLayout {
  const tree = items.filter((item) => item.inColumn);
  const loose = items.filter((item) => !item.inColumn);
  const plans = new Map<readonly BandItem[], Segment[]>();
  const plan = (list: readonly BandItem[]): Segment[] => {
    const known = plans.get(list);
    if (known) return known;
    const out: Segment[] = [];
    let run: BandItem[] = [];
    const flush = () => {
      if (grids && run.length >= GRID_MIN) {
        const rows = Math.ceil(run.length / 2);
        out.push({ kind: 'grid', inner: run.slice(0, rows), outer: run.slice(rows) });
      } else for (const item of run) out.push({ kind: 'item', item });
      run = [];
    };
    for (const item of list) {
      if (item.inColumn && item.stretch && item.children.length === 0) run.push(item);
      else {
        flush();
        out.push({ kind: 'item', item });
      }
    }
    flush();
    plans.set(list, out);
    return out;
  };
  const passageGap = gaps.stack + 8;
  const gapBetween = (a: Segment, b: Segment) =>
    groupish(a) || groupish(b) ? 2 * gaps.stack : gaps.stack;
  const heights = new Map<Segment, number>();
  const segHeight = (seg: Segment): number => {
    const known = heights.get(seg);
    if (known !== undefined) return known;
    let value: number;
    if (seg.kind === 'item') value = Math.max(seg.item.height, listHeight(seg.item.children));
    else {
      value = passageGap - gaps.stack;
      seg.inner.forEach((item, row) => {
        value += Math.max(item.height, seg.outer[row]?.height ?? 0) + (row > 0 ? gaps.stack : 0);
      });
    }
    heights.set(seg, value);
    return value;
  };
  const listHeight = (list: readonly BandItem[]): number => {
    const segs = plan(list);
    let total = 0;
    segs.forEach((seg, i) => {
      total += segHeight(seg) + (i > 0 ? gapBetween(segs[i - 1] as Segment, seg) : 0);
    });
    return total;
  };

  // Column widths, by depth (1 = next to the topic).
  const widths: number[] = [];
  const widen = (depth: number, item: BandItem) => {
    if (item.inColumn) widths[depth] = Math.max(widths[depth] ?? 0, item.width);
  };
  const measure = (list: readonly BandItem[], depth: number) => {
    for (const seg of plan(list)) {
      if (seg.kind === 'grid') {
        for (const item of seg.inner) widen(depth, item);
        for (const item of seg.outer) widen(depth + 1, item);
      } else {
        widen(depth, seg.item);
        measure(seg.item.children, depth + 1);
      }
    }
  };
  measure(tree, 1);
  const inner: number[] = [0, half + gaps.column];
  for (let d = 1; d < widths.length; d++)
    inner[d + 1] = (inner[d] ?? 0) + (widths[d] ?? 0) + gaps.column;

  const boxes = new Map<string, Box>();
  const passages = new Map<string, Passage>();
  let extent = half;
  const put = (item: BandItem, depth: number, y: number, rowHeight: number) => {
    const width = item.inColumn && item.stretch ? (widths[depth] ?? item.width) : item.width;
    const edge = inner[depth] ?? 0;
    boxes.set(item.id, {
      x: sign > 0 ? edge : -(edge + width),
      y: y + (rowHeight - item.height) / 2,
      width,
      height: item.height,
    });
    extent = Math.max(extent, edge + width);
  };
  const place = (list: readonly BandItem[], depth: number, start: number) => {
    const segs = plan(list);
    let y = start;
    segs.forEach((seg, i) => {
      if (i > 0) y += gapBetween(segs[i - 1] as Segment, seg);
      const block = segHeight(seg);
      if (seg.kind === 'item') {
        put(seg.item, depth, y, block);
        place(seg.item.children, depth + 1, y + (block - listHeight(seg.item.children)) / 2);
      } else {
        const middle = Math.ceil(seg.inner.length / 2);
        const near = sign * (inner[depth] ?? 0);
        const far = sign * ((inner[depth] ?? 0) + (widths[depth] ?? 0));
        let rowY = y;
        seg.inner.forEach((item, row) => {
          if (row === middle) {
            const passage = { y: rowY - gaps.stack + passageGap / 2, near, far };
            for (const outer of seg.outer) passages.set(outer.id, passage);
            rowY += passageGap - gaps.stack;
          }
          const partner = seg.outer[row];
          const rowHeight = Math.max(item.height, partner?.height ?? 0);
          put(item, depth, rowY, rowHeight);
          if (partner) put(partner, depth + 1, rowY, rowHeight);
          rowY += rowHeight + gaps.stack;
        });
      }
      y += block;
    });
  };
  const treeHeight = listHeight(tree);
  place(tree, 1, 0);
  let height = treeHeight;
  for (const item of loose) {
    if (height > 0) height += gaps.stack;
    put(item, 1, height, item.height);
    height += item.height;
  }
  return { boxes, passages, extent, treeHeight, height };
}

function groupish(seg: Segment): boolean {
  return seg.kind === 'grid' || seg.item.children.length > 0;
}
