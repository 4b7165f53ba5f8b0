import { unionBoxes } from '../../geometry/box.js';
import type { Box } from '../../positioned-roadmap.js';
import type { BandGaps, BandItem } from './band-layout.js';
import type { Segment } from './side-layout.js';

/**
 * A frame to draw behind a group of subtopics: the subtopics hanging from a subtopic (beside
 * it, in the columns further out), or a run of subtopics in two columns. Frames nest: a group
 * inside a group has its own frame, inside the outer one.
 */
export interface FrameSpec {
  /** The subtopic the group hangs from, or `grid:` and the run's first subtopic. */
  readonly id: string;
  /** Every box inside the frame (nested groups' boxes too). */
  readonly members: readonly string[];
  /** The frames of the groups inside it. */
  readonly inner: readonly FrameSpec[];
  /** The space it keeps left and right of its boxes and inner frames. */
  readonly sidePad: number;
  /** The height of its header (the group's label) above its boxes; 0 without one. */
  readonly header: number;
}

/** What the frame functions need of a side's plan. */
interface FramePlan {
  readonly gaps: BandGaps;
  readonly below: ReadonlyMap<string, readonly Segment[]>;
}

/** The space a frame keeps above and below its boxes; 0 when frames are off. */
export function framePad(gaps: BandGaps): number {
  return gaps.frame ?? 0;
}

/** How much further a frame reaches left and right, where badges sit on the boxes' corners. */
export const FRAME_SIDE_EXTRA = 3;

/**
 * The space the frames of a side keep left and right of their boxes: the frame gap and a little
 * more, but never so much that `levels` frames nested around a column reach the middle of the
 * column gap before it, where the connectors from the column before run.
 */
export function frameSidePad(gaps: BandGaps, levels: number): number {
  const pad = framePad(gaps);
  if (pad <= 0 || levels <= 0) return 0;
  return Math.min(pad + FRAME_SIDE_EXTRA, (gaps.column / 2 - 1) / levels);
}

/** How many frames deep a list of segments reaches: its own frame and those inside it. */
function listDepth(plan: FramePlan, segs: readonly Segment[], framed: boolean): number {
  let deepest = 0;
  for (const seg of segs)
    if (seg.kind === 'item') {
      const below = plan.below.get(seg.item.id) ?? [];
      if (below.length > 0) deepest = Math.max(deepest, listDepth(plan, below, true));
    } else if (!framed) deepest = Math.max(deepest, 1);
  return deepest + (framed ? 1 : 0);
}

/** Room kept free above and below something for the frames around it, in px. */
export interface Room {
  readonly top: number;
  readonly bottom: number;
}

const NO_ROOM: Room = Object.freeze({ top: 0, bottom: 0 });

/**
 * The height of the header of the frame around the subtopics hanging from `item`: the frame
 * header room when the item asks for one (`item.header`), else 0.
 */
export function headerRoom(plan: FramePlan, item: BandItem): number {
  return item.header !== undefined && framePad(plan.gaps) > 0 ? (plan.gaps.frameHeader ?? 0) : 0;
}

/**
 * The room a list of segments keeps above and below for frames: the pad of its own frame (and
 * its header, on top) when `framed`, over the deepest room of the groups inside it; a
 * two-column run in a list without a frame of its own has its own frame.
 */
function listRoom(
  plan: FramePlan,
  segs: readonly Segment[],
  header: number | undefined,
  headers: boolean,
): Room {
  const pad = framePad(plan.gaps);
  let top = 0;
  let bottom = 0;
  for (const seg of segs) {
    if (seg.kind === 'item') {
      const below = plan.below.get(seg.item.id) ?? [];
      if (below.length === 0) continue;
      const inner = listRoom(plan, below, headers ? headerRoom(plan, seg.item) : 0, headers);
      top = Math.max(top, inner.top);
      bottom = Math.max(bottom, inner.bottom);
    } else if (header === undefined) {
      top = Math.max(top, pad);
      bottom = Math.max(bottom, pad);
    }
  }
  return header === undefined ? { top, bottom } : { top: top + pad + header, bottom: bottom + pad };
}

/**
 * The room a segment keeps free above and below for frames: a frame's pad for each frame level
 * around it, for a two-column run on its own (its frame) or the subtopics hanging from an item
 * (their frame and the frames inside it). 0 without frames.
 */
export function frameRoom(plan: FramePlan, seg: Segment): number {
  const pad = framePad(plan.gaps);
  if (pad <= 0) return 0;
  if (seg.kind === 'grid') return pad;
  return 0;
}

/**
 * The room around the subtopics hanging from an item: their frame and the frames inside, each
 * a pad above and below, and (unless `headers` is false) each frame's header above. None
 * without frames.
 */
export function childRoom(plan: FramePlan, item: BandItem, headers = true): Room {
  const below = plan.below.get(item.id) ?? [];
  if (framePad(plan.gaps) <= 0 || below.length === 0) return NO_ROOM;
  return listRoom(plan, below, headers ? headerRoom(plan, item) : 0, headers);
}

/** How far frames reach beyond the outermost boxes of a side's tree. */
export function treeFrameReach(plan: FramePlan, tree: readonly Segment[]): number {
  const levels = listDepth(plan, tree, false);
  return frameSidePad(plan.gaps, levels) * levels;
}

/**
 * The frames of a list of segments: a two-column run on its own gets one; the subtopics
 * hanging from an item get one around them all, with the frames of their own subtopics inside
 * it (a two-column run among them has the list's frame).
 */
export function frameSpecs(
  plan: FramePlan,
  segs: readonly Segment[],
  sidePad = frameSidePad(plan.gaps, listDepth(plan, segs, false)),
): FrameSpec[] {
  if (framePad(plan.gaps) <= 0) return [];
  const out: FrameSpec[] = [];
  for (const seg of segs) {
    if (seg.kind === 'grid') {
      const members = [...seg.inner, ...seg.outer].map((i) => i.id);
      out.push({ id: seg.key, members, inner: [], sidePad, header: 0 });
      continue;
    }
    const below = plan.below.get(seg.item.id) ?? [];
    if (below.length === 0) continue;
    out.push({
      id: seg.item.id,
      members: listMembers(plan, below),
      inner: innerSpecs(plan, below, sidePad),
      sidePad,
      header: headerRoom(plan, seg.item),
    });
  }
  return out;
}

function innerSpecs(plan: FramePlan, segs: readonly Segment[], sidePad: number): FrameSpec[] {
  return frameSpecs(
    plan,
    segs.filter((s) => s.kind === 'item'),
    sidePad,
  );
}

function listMembers(plan: FramePlan, segs: readonly Segment[]): string[] {
  const members: string[] = [];
  const walk = (list: readonly Segment[]) => {
    for (const s of list) {
      if (s.kind === 'grid') members.push(...[...s.inner, ...s.outer].map((i) => i.id));
      else {
        members.push(s.item.id);
        walk(plan.below.get(s.item.id) ?? []);
      }
    }
  };
  walk(segs);
  return members;
}

/** A placed frame: its spec's id and members, its box, and the room of its header. */
export interface PlacedFrame {
  readonly id: string;
  readonly members: readonly string[];
  readonly box: Box;
  /** The space it keeps left and right of its boxes, and the height of its header (0: none). */
  readonly sidePad: number;
  readonly header: number;
}

/**
 * Puts frames around their boxes: each `pad` above and below its boxes and its inner frames
 * (and its header's height more above) and `sidePad` left and right of them.
 * Returns the inner frames before the outer ones (the order they stack in, back to front
 * reversed); a frame with a box missing from `boxes` (placed by hand) is left out, with the
 * frames around it.
 */
export function placeFrames(
  specs: readonly FrameSpec[],
  boxes: ReadonlyMap<string, Box>,
  pad: number,
): PlacedFrame[] {
  const out: PlacedFrame[] = [];
  const place = (spec: FrameSpec): Box | undefined => {
    const inner = spec.inner.map(place);
    const members = spec.members.map((id) => boxes.get(id));
    if (inner.includes(undefined) || members.includes(undefined)) return undefined;
    const all = unionBoxes([...(members as Box[]), ...(inner as Box[])]);
    if (!all) return undefined;
    const { sidePad, header } = spec;
    const box = {
      x: all.x - sidePad,
      y: all.y - pad - header,
      width: all.width + 2 * sidePad,
      height: all.height + 2 * pad + header,
    };
    out.push({ id: spec.id, members: spec.members, box, sidePad, header });
    return box;
  };
  for (const spec of specs) place(spec);
  return out;
}
