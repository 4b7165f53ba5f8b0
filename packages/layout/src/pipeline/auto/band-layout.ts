import type { Box } from '../../positioned-roadmap.js';
import type { PlacedFrame } from './group-frames.js';
import { separateGroups } from './separate-groups.js';
import {
  type Passage,
  placeSide,
  planSide,
  type SidePlan,
  type SideTops,
  stackedTops,
} from './side-layout.js';

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
  /** Its size with the label wrapped to a wider measure (fewer lines), where that exists. */
  readonly wide?: { readonly width: number; readonly height: number };
  /**
   * When the frame around the subtopics hanging from it shows a header (the item's label): the
   * width the header needs. The first column of those subtopics is made at least this wide.
   */
  readonly header?: number;
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
  /** Inside a group's frame, around its boxes (no frames when absent or 0). */
  readonly frame?: number;
  /** The room a frame's header takes above its boxes (no headers when absent or 0). */
  readonly frameHeader?: number;
}

/** A laid-out band: boxes relative to the spine axis (x = 0) and the band's top (y = 0). */
export interface BandLayout {
  readonly boxes: ReadonlyMap<string, Box>;
  /** How edges reach the boxes in the outer column of a two-column run, by box id. */
  readonly passages: ReadonlyMap<string, Passage>;
  /** The frames of the band's groups of subtopics, inner frames first. */
  readonly frames: readonly PlacedFrame[];
  /** How far the band reaches left of the axis, and right of it. */
  readonly left: number;
  readonly right: number;
  readonly height: number;
}

/** A band with both sides planned, waiting for their vertical places. */
export interface BandPlanned {
  readonly input: BandInput;
  readonly left: SidePlan;
  readonly right: SidePlan;
}

/**
 * Plans one topic's block, roadmap.sh style: the topic on the axis, its first-level items in a
 * column on each side (a long run of leaves in two columns, when the side then reaches no
 * further than its `budget` from the axis), their subtopics in the next column outward, and so on.
 */
export function planBand(
  input: BandInput,
  gaps: BandGaps,
  budget: { readonly left: number; readonly right: number } = { left: Infinity, right: Infinity },
): BandPlanned {
  const half = input.topic.width / 2;
  // Two columns before one, and within each, boxes that grow wider before they wrap: the first
  // that keeps the side within its budget (or, when none does, one column of narrow boxes).
  const side = (items: readonly BandItem[], sign: 1 | -1): SidePlan => {
    const room = sign > 0 ? budget.right : budget.left;
    let last: SidePlan | undefined;
    for (const [grids, wide] of CHOICES) {
      last = planSide(items, sign, half, gaps, grids, wide);
      if (last.extent <= room) return last;
    }
    return last ?? planSide(items, sign, half, gaps, false);
  };
  return { input, left: side(input.left, -1), right: side(input.right, 1) };
}

const CHOICES: ReadonlyArray<readonly [boolean, boolean]> = [
  [true, true],
  [true, false],
  [false, true],
  [false, false],
];

/**
 * Puts a planned band's boxes in place, with each side's segments at `tops` (by hand when not
 * given): each side's subtopics centred on the topic, the side's other elements below them.
 */
export function composeBand(
  planned: BandPlanned,
  tops: { readonly left?: SideTops | undefined; readonly right?: SideTops | undefined } = {},
): BandLayout {
  const { input } = planned;
  const half = input.topic.width / 2;
  const sides = [
    placeSide(planned.left, separateGroups(planned.left, tops.left ?? stackedTops(planned.left))),
    placeSide(
      planned.right,
      separateGroups(planned.right, tops.right ?? stackedTops(planned.right)),
    ),
  ];
  const middle = Math.max(input.topic.height, ...sides.map((s) => s.treeHeight)) / 2;
  const sideTops = sides.map((s) => middle - s.treeHeight / 2);
  const height = Math.max(2 * middle, ...sides.map((s, i) => (sideTops[i] ?? 0) + s.height));
  const boxes = new Map<string, Box>();
  boxes.set(input.topic.id, {
    x: -half,
    y: middle - input.topic.height / 2,
    width: input.topic.width,
    height: input.topic.height,
  });
  const passages = new Map<string, Passage>();
  const frames: PlacedFrame[] = [];
  sides.forEach((s, i) => {
    const top = sideTops[i] ?? 0;
    for (const [id, box] of s.boxes) boxes.set(id, { ...box, y: box.y + top });
    for (const [id, p] of s.passages) passages.set(id, { ...p, y: p.y + top });
    for (const f of s.frames) frames.push({ ...f, box: { ...f.box, y: f.box.y + top } });
  });
  const { extent: left } = planned.left;
  return { boxes, passages, frames, left, right: planned.right.extent, height };
}

/** A band laid out by hand (no ELK): `planBand` then `composeBand`. */
export function layoutBand(
  input: BandInput,
  gaps: BandGaps,
  budget?: { readonly left: number; readonly right: number },
): BandLayout {
  return composeBand(planBand(input, gaps, budget));
}

/** How far a band's sides reach with one column per level (the least room they need). */
export function singleColumnExtent(
  input: BandInput,
  gaps: BandGaps,
): { readonly left: number; readonly right: number } {
  const half = input.topic.width / 2;
  return {
    left: planSide(input.left, -1, half, gaps, false).extent,
    right: planSide(input.right, 1, half, gaps, false).extent,
  };
}
