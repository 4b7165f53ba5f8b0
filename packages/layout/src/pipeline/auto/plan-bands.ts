import type { MeasuredNode } from '../model/measure-nodes.js';
import type { LayoutModel, ModelNode, Side } from '../model/model.js';
import type { BandGaps, BandInput, BandItem } from './band-layout.js';
import { columnHeight } from './side-layout.js';

/** What goes where before anything is placed. */
export interface BandPlan {
  /** One band per topic, in `model.bands` order. */
  readonly bands: readonly BandInput[];
  /** The side of every subtopic and of every element placed beside a topic. */
  readonly sides: ReadonlyMap<string, Side>;
  /** Elements placed in the column at the top left (no usable `near`), in document order. */
  readonly free: readonly string[];
  /** The topic whose band holds each element placed beside a topic. */
  readonly bandOf: ReadonlyMap<string, string>;
}

/**
 * Decides the side of every subtopic (as written, or to the side with less height so far) and
 * of every element placed beside a topic (the lighter side), and builds the band inputs;
 * `wide` holds the sizes of the boxes that may grow wider instead of wrapping.
 * Topics share the widest topic's width. Nodes whose position is pinned and that have nothing
 * hanging from them take no room in the columns (they are drawn where they are pinned).
 * `header` gives the width the header of a subtopic's group frame needs; the frames of groups
 * of `HEADER_MIN_MEMBERS` boxes or more get one.
 */
export function planBands(
  model: LayoutModel,
  measured: ReadonlyMap<string, MeasuredNode>,
  gaps: BandGaps,
  isPinned: (node: ModelNode) => boolean,
  wide: ReadonlyMap<string, { readonly width: number; readonly height: number }> = new Map(),
  header?: (node: ModelNode) => number,
): BandPlan {
  const sides = new Map<string, Side>();
  const size = (id: string) => measured.get(id) ?? { width: 1, height: 1, sizePinned: false };
  const item = (node: ModelNode, side: Side): BandItem | undefined => {
    sides.set(node.id, side);
    const children = node.children
      .map((id) => model.byId.get(id))
      .filter((child): child is ModelNode => child !== undefined && child.parent === node.id)
      .map((child) => item(child, side))
      .filter((child): child is BandItem => child !== undefined);
    if (children.length === 0 && isPinned(node)) return undefined;
    const m = size(node.id);
    const w = m.sizePinned ? undefined : wide.get(node.id);
    const headed = header && members(children) >= HEADER_MIN_MEMBERS;
    return {
      id: node.id,
      width: m.width,
      height: m.height,
      inColumn: true,
      stretch: !m.sizePinned,
      children,
      ...(w ? { wide: { width: w.width, height: w.height } } : {}),
      ...(headed ? { header: header(node) } : {}),
    };
  };

  const topicWidth = Math.max(
    0,
    ...model.bands.map((id) => measured.get(id)).map((m) => (m && !m.sizePinned ? m.width : 0)),
  );
  const nearTopic = placeElements(model, isPinned);
  const bands: BandInput[] = [];
  const bandOf = new Map<string, string>();
  for (const topicId of model.bands) {
    const topic = model.byId.get(topicId);
    if (!topic) continue;
    const children = topic.children
      .map((id) => model.byId.get(id))
      .filter((child): child is ModelNode => child !== undefined && child.parent === topic.id);
    // Written sides first, then each unsided subtopic to the side with less height so far.
    const totals = { left: 0, right: 0 };
    const heights = new Map<string, number>();
    const heightOf = (child: ModelNode) => {
      let value = heights.get(child.id);
      if (value === undefined) {
        const entry = item(child, 'left');
        value = (entry ? columnHeight([entry], gaps) : 0) + gaps.stack;
        heights.set(child.id, value);
      }
      return value;
    };
    for (const child of children)
      if (child.authoredSide) totals[child.authoredSide] += heightOf(child);
    const chosen = new Map<string, Side>();
    for (const child of children) {
      const side: Side = child.authoredSide ?? (totals.right < totals.left ? 'right' : 'left');
      if (!child.authoredSide) totals[side] += heightOf(child);
      chosen.set(child.id, side);
    }
    const left: BandItem[] = [];
    const right: BandItem[] = [];
    for (const child of children) {
      const side = chosen.get(child.id) ?? 'left';
      const entry = item(child, side);
      if (entry) (side === 'left' ? left : right).push(entry);
    }
    // Elements go below the subtopics: beside the subtopic they name, or on the lighter side.
    for (const element of nearTopic.get(topicId) ?? []) {
      const named = element.anchor === undefined ? undefined : sides.get(element.anchor);
      const side = named ?? (totals.left < totals.right ? 'left' : 'right');
      sides.set(element.node.id, side);
      bandOf.set(element.node.id, topicId);
      const m = size(element.node.id);
      const entry: BandItem = {
        id: element.node.id,
        width: m.width,
        height: m.height,
        inColumn: false,
        stretch: false,
        children: [],
      };
      totals[side] += m.height + gaps.stack;
      (side === 'left' ? left : right).push(entry);
    }
    const m = size(topicId);
    bands.push({
      topic: { id: topicId, width: m.sizePinned ? m.width : topicWidth, height: m.height },
      left,
      right,
    });
  }
  const free = model.nodes
    .filter((node) => node.depth === 0 && node.kind !== 'topic' && !isPinned(node))
    .filter((node) => !sides.has(node.id))
    .map((node) => node.id);
  return { bands, sides, free, bandOf };
}

/**
 * A group frame shows its header (the label of the subtopic the group hangs from) when it holds
 * this many boxes or more: one box in a frame sits level with that subtopic, whose label is
 * right beside it, and a header would take more room than the box.
 */
export const HEADER_MIN_MEMBERS = 2;

/** How many boxes hang from a list of items, at every depth. */
function members(items: readonly BandItem[]): number {
  return items.reduce((count, item) => count + 1 + members(item.children), 0);
}

interface NearElement {
  readonly node: ModelNode;
  /** The subtopic it names, whose side it takes. */
  readonly anchor: string | undefined;
}

/** Groups the elements that name a topic or subtopic (directly or through other elements). */
function placeElements(
  model: LayoutModel,
  isPinned: (node: ModelNode) => boolean,
): Map<string, NearElement[]> {
  const out = new Map<string, NearElement[]>();
  for (const node of model.nodes) {
    if (node.depth !== 0 || node.kind === 'topic' || isPinned(node)) continue;
    let target = node.near === undefined ? undefined : model.byId.get(node.near);
    for (let hops = 0; target && target.kind !== 'topic' && target.kind !== 'subtopic'; hops++) {
      target = hops < 16 && target.near !== undefined ? model.byId.get(target.near) : undefined;
    }
    if (!target?.topic) continue;
    const anchor = target.kind === 'subtopic' ? target.id : undefined;
    const list = out.get(target.topic) ?? [];
    list.push({ node, anchor });
    out.set(target.topic, list);
  }
  return out;
}
