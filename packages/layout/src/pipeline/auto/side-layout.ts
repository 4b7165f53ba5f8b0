import type { Box } from '../../positioned-roadmap.js';
import type { BandGaps, BandItem } from './band-layout.js';
import {
  childRoom,
  framePad,
  frameRoom,
  frameSpecs,
  headerRoom,
  type PlacedFrame,
  placeFrames,
  treeFrameReach,
} from './group-frames.js';

/** A run of this many leaf subtopics or more may flow into two columns. */
export const GRID_MIN = 4;

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
  /** The frames of its groups (nested groups, two-column runs), inner frames first. */
  readonly frames: readonly PlacedFrame[];
  /** How far the side reaches from the axis. */
  readonly extent: number;
  /** The height of the subtopics (centred on the topic), then of everything. */
  readonly treeHeight: number;
  readonly height: number;
}

/** A box of a column with what hangs from it, or a run of leaves in two columns. */
export type Segment =
  | { readonly kind: 'item'; readonly item: BandItem; readonly depth: number }
  | {
      readonly kind: 'grid';
      readonly key: string;
      readonly inner: readonly BandItem[];
      readonly outer: readonly BandItem[];
      readonly depth: number;
    };

/** One side of a band planned: its segments and columns, everything but the vertical places. */
export interface SidePlan {
  readonly sign: 1 | -1;
  readonly gaps: BandGaps;
  /** The subtopic tree's first level, then the elements that go below it. */
  readonly tree: readonly Segment[];
  readonly loose: readonly BandItem[];
  /** The segments of the items hanging from an item, by item id. */
  readonly below: ReadonlyMap<string, readonly Segment[]>;
  /** The x of each column's edge nearest the axis, by depth (1 = next to the topic). */
  readonly inner: readonly number[];
  readonly widths: readonly number[];
  readonly extent: number;
  readonly passageGap: number;
  /** The items drawn at their wide size (wrapped to a wider measure). */
  readonly widened: readonly string[];
}

/** The top of every segment's first box (an item's box, a grid's first row) in side px. */
export type SideTops = ReadonlyMap<Segment, number>;

/**
 * Plans one side of a topic: first-level items in a column, their subtopics in the next column
 * outward, and so on; boxes of one column share its width. A run of `GRID_MIN` or more leaf
 * subtopics flows into two columns (inner first, then outer, in order) when `grids` allows it;
 * with `wide`, items take their wide size (fewer lines). Elements go below the subtopics.
 */
export function planSide(
  items: readonly BandItem[],
  sign: 1 | -1,
  half: number,
  gaps: BandGaps,
  grids: boolean,
  wide = false,
): SidePlan {
  const widened: string[] = [];
  const sized = (item: BandItem): BandItem => {
    const children = item.children.map(sized);
    if (wide && item.wide) {
      widened.push(item.id);
      return { ...item, ...item.wide, children };
    }
    return { ...item, children };
  };
  const all = items.map(sized);
  const below = new Map<string, readonly Segment[]>();
  const widths: number[] = [];
  const widen = (depth: number, item: BandItem) => {
    if (item.inColumn) widths[depth] = Math.max(widths[depth] ?? 0, item.width);
  };
  const segments = (list: readonly BandItem[], depth: number): Segment[] => {
    const out: Segment[] = [];
    let run: BandItem[] = [];
    const flush = () => {
      if (grids && run.length >= GRID_MIN) {
        const rows = Math.ceil(run.length / 2);
        const inner = run.slice(0, rows);
        const outer = run.slice(rows);
        for (const item of inner) widen(depth, item);
        for (const item of outer) widen(depth + 1, item);
        out.push({ kind: 'grid', key: `grid:${run[0]?.id}`, inner, outer, depth });
      } else for (const item of run) out.push(itemSegment(item, depth));
      run = [];
    };
    const itemSegment = (item: BandItem, at: number): Segment => {
      widen(at, item);
      below.set(item.id, segments(item.children, at + 1));
      // The frame around its subtopics spans their first column: wide enough for its header.
      if (
        item.header !== undefined &&
        item.children.length > 0 &&
        headerRoom({ gaps, below }, item) > 0
      )
        widths[at + 1] = Math.max(widths[at + 1] ?? 0, item.header);
      return { kind: 'item', item, depth: at };
    };
    for (const item of list) {
      if (item.inColumn && item.stretch && item.children.length === 0) run.push(item);
      else {
        flush();
        out.push(itemSegment(item, depth));
      }
    }
    flush();
    return out;
  };
  const tree = segments(
    all.filter((item) => item.inColumn),
    1,
  );
  const loose = all.filter((item) => !item.inColumn);
  const inner: number[] = [0, half + gaps.column];
  for (let d = 1; d < widths.length; d++)
    inner[d + 1] = (inner[d] ?? 0) + (widths[d] ?? 0) + gaps.column;
  const plan = { sign, gaps, tree, loose, below, inner, widths, extent: half };
  let extent = half;
  const reach = (item: BandItem, depth: number) => {
    extent = Math.max(extent, (inner[depth] ?? 0) + boxWidth(plan, item, depth));
  };
  const walk = (list: readonly Segment[]) => {
    for (const seg of list) {
      if (seg.kind === 'grid') {
        for (const item of seg.inner) reach(item, seg.depth);
        for (const item of seg.outer) reach(item, seg.depth + 1);
      } else {
        reach(seg.item, seg.depth);
        walk(below.get(seg.item.id) ?? []);
      }
    }
  };
  walk(tree);
  // A frame reaches its pad beyond its boxes, once for each frame level it holds.
  extent += treeFrameReach(plan, tree);
  for (const item of loose) reach(item, 1);
  return { ...plan, extent, passageGap: gaps.stack + 8, widened };
}

function boxWidth(
  plan: { readonly widths: readonly number[] },
  item: BandItem,
  depth: number,
): number {
  return item.inColumn && item.stretch ? (plan.widths[depth] ?? item.width) : item.width;
}

/** The height of a grid's rows, with the wider gap of its passage. */
export function gridHeight(plan: SidePlan, seg: Segment & { kind: 'grid' }): number {
  let value = plan.passageGap - plan.gaps.stack;
  seg.inner.forEach((item, row) => {
    value += Math.max(item.height, seg.outer[row]?.height ?? 0) + (row > 0 ? plan.gaps.stack : 0);
  });
  return value;
}

/** True for a segment that stands apart from its neighbours by twice the stack gap. */
export function isGroup(plan: SidePlan, seg: Segment): boolean {
  return seg.kind === 'grid' || (plan.below.get(seg.item.id)?.length ?? 0) > 0;
}

/**
 * The vertical places of the hand-made layout, in one pass: segments stacked in order, twice
 * the stack gap around groups, each item centred on what hangs from it.
 */
export function stackedTops(plan: SidePlan): SideTops {
  const tops = new Map<Segment, number>();
  const heights = new Map<Segment, number>();
  // An item with subtopics: where its box and its subtopics (with their frames' room) sit in
  // its block, the box centred on the subtopics, the block holding both.
  const itemBlock = (seg: Segment & { kind: 'item' }) => {
    const room = childRoom(plan, seg.item);
    const children = listHeight(plan.below.get(seg.item.id) ?? []);
    const centre = room.top + children / 2;
    const start = Math.min(0, centre - seg.item.height / 2);
    const end = Math.max(room.top + children + room.bottom, centre + seg.item.height / 2);
    return {
      height: end - start,
      box: centre - seg.item.height / 2 - start,
      children: room.top - start,
    };
  };
  const segHeight = (seg: Segment): number => {
    let value = heights.get(seg);
    if (value === undefined) {
      value = seg.kind === 'grid' ? gridHeight(plan, seg) : itemBlock(seg).height;
      heights.set(seg, value);
    }
    return value;
  };
  const gapBetween = (a: Segment, b: Segment) =>
    ((isGroup(plan, a) || isGroup(plan, b)) && framePad(plan.gaps) <= 0
      ? 2 * plan.gaps.stack
      : plan.gaps.stack) +
    frameRoom(plan, a) +
    frameRoom(plan, b);
  const listHeight = (segs: readonly Segment[]): number =>
    segs.reduce(
      (total, seg, i) =>
        total + segHeight(seg) + (i > 0 ? gapBetween(segs[i - 1] as Segment, seg) : 0),
      0,
    );
  const place = (segs: readonly Segment[], start: number) => {
    let y = start;
    segs.forEach((seg, i) => {
      if (i > 0) y += gapBetween(segs[i - 1] as Segment, seg);
      const block = segHeight(seg);
      if (seg.kind === 'grid') tops.set(seg, y);
      else {
        const parts = itemBlock(seg);
        tops.set(seg, y + parts.box);
        place(plan.below.get(seg.item.id) ?? [], y + parts.children);
      }
      y += block;
    });
  };
  place(plan.tree, 0);
  return tops;
}

/** Puts the boxes of a side where `tops` says, with the elements below the subtopics. */
export function placeSide(plan: SidePlan, tops: SideTops): SideLayout {
  const { sign, gaps, inner, widths } = plan;
  const boxes = new Map<string, Box>();
  const passages = new Map<string, Passage>();
  const put = (item: BandItem, depth: number, y: number, rowHeight: number) => {
    const width = boxWidth(plan, item, depth);
    const edge = inner[depth] ?? 0;
    boxes.set(item.id, {
      x: sign > 0 ? edge : -(edge + width),
      y: y + (rowHeight - item.height) / 2,
      width,
      height: item.height,
    });
  };
  const walk = (segs: readonly Segment[]) => {
    for (const seg of segs) {
      const y = tops.get(seg) ?? 0;
      if (seg.kind === 'item') {
        put(seg.item, seg.depth, y, seg.item.height);
        walk(plan.below.get(seg.item.id) ?? []);
        continue;
      }
      const { depth } = seg;
      const middle = Math.ceil(seg.inner.length / 2);
      const near = sign * (inner[depth] ?? 0);
      const far = sign * ((inner[depth] ?? 0) + (widths[depth] ?? 0));
      let rowY = y;
      seg.inner.forEach((item, row) => {
        if (row === middle) {
          const passage = { y: rowY - gaps.stack + plan.passageGap / 2, near, far };
          for (const outer of seg.outer) passages.set(outer.id, passage);
          rowY += plan.passageGap - gaps.stack;
        }
        const partner = seg.outer[row];
        const rowHeight = Math.max(item.height, partner?.height ?? 0);
        put(item, depth, rowY, rowHeight);
        if (partner) put(partner, depth + 1, rowY, rowHeight);
        rowY += rowHeight + gaps.stack;
      });
    }
  };
  walk(plan.tree);
  const placedFrames = placeFrames(frameSpecs(plan, plan.tree), boxes, framePad(gaps));
  let top = Infinity;
  let bottom = -Infinity;
  for (const box of [...boxes.values(), ...placedFrames.map((f) => f.box)]) {
    top = Math.min(top, box.y);
    bottom = Math.max(bottom, box.y + box.height);
  }
  if (top === Infinity) top = bottom = 0;
  for (const [id, box] of boxes) boxes.set(id, { ...box, y: box.y - top });
  for (const [id, p] of passages) passages.set(id, { ...p, y: p.y - top });
  const frames = placedFrames.map((f) => ({ ...f, box: { ...f.box, y: f.box.y - top } }));
  const treeHeight = bottom - top;
  let height = treeHeight;
  for (const item of plan.loose) {
    if (height > 0) height += gaps.stack;
    put(item, 1, height, item.height);
    height += item.height;
  }
  return { boxes, passages, frames, extent: plan.extent, treeHeight, height };
}

/** One side laid out by hand (no ELK): `planSide` then `stackedTops`. */
export function layoutSide(
  items: readonly BandItem[],
  sign: 1 | -1,
  half: number,
  gaps: BandGaps,
  grids: boolean,
): SideLayout {
  const plan = planSide(items, sign, half, gaps, grids);
  return placeSide(plan, stackedTops(plan));
}

/**
 * The height of items stacked in one column each level, each centred on its subtopics. One
 * box with nothing hanging from it (most subtopics) is its own height: no side is laid out.
 */
export function columnHeight(items: readonly BandItem[], gaps: BandGaps): number {
  const only = items.length === 1 ? items[0] : undefined;
  if (only?.inColumn && only.children.length === 0) return only.height;
  return layoutSide(items, 1, 0, gaps, false).treeHeight;
}
