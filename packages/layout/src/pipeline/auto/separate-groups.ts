import { childRoom, framePad, frameRoom } from './group-frames.js';
import { gridHeight, type Segment, type SidePlan, type SideTops } from './side-layout.js';

interface Span {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Moves segments down where the frames of two neighbouring groups would meet: the frame around
 * one item's subtopics (in the columns further out, where deeper boxes can reach below the
 * item's column) and the next group's frame keep at least the stack gap between them. A
 * segment moved takes everything hanging from it and the siblings after it along. Places that
 * already keep it (the hand-made stacking) do not change; without frames, nothing does.
 */
export function separateGroups(plan: SidePlan, tops: SideTops): SideTops {
  if (framePad(plan.gaps) <= 0) return tops;
  const out = new Map(tops);
  const shift = (seg: Segment, dy: number) => {
    out.set(seg, (out.get(seg) ?? 0) + dy);
    if (seg.kind === 'item') for (const s of plan.below.get(seg.item.id) ?? []) shift(s, dy);
  };
  // Where a segment and everything hanging from it lie.
  const reach = (seg: Segment): Span => {
    const top = out.get(seg) ?? 0;
    let own: Span =
      seg.kind === 'grid'
        ? { top, bottom: top + gridHeight(plan, seg) }
        : { top, bottom: top + seg.item.height };
    if (seg.kind === 'item')
      for (const s of plan.below.get(seg.item.id) ?? []) {
        const inner = reach(s);
        own = { top: Math.min(own.top, inner.top), bottom: Math.max(own.bottom, inner.bottom) };
      }
    const grid = frameRoom(plan, seg);
    const room = seg.kind === 'item' ? childRoom(plan, seg.item) : { top: 0, bottom: 0 };
    return {
      top: own.top - Math.max(grid, room.top),
      bottom: own.bottom + Math.max(grid, room.bottom),
    };
  };
  // The frame a segment brings: a two-column run's own, or the one around its subtopics.
  const frame = (seg: Segment): Span | undefined =>
    seg.kind === 'grid' || (plan.below.get(seg.item.id)?.length ?? 0) > 0 ? reach(seg) : undefined;
  const separate = (segs: readonly Segment[]) => {
    for (const seg of segs) if (seg.kind === 'item') separate(plan.below.get(seg.item.id) ?? []);
    let previous: Span | undefined;
    segs.forEach((seg, i) => {
      let current = frame(seg);
      if (!current) return;
      const need = previous ? previous.bottom + plan.gaps.stack - current.top : 0;
      if (need > 0) {
        for (const later of segs.slice(i)) shift(later, need);
        current = { top: current.top + need, bottom: current.bottom + need };
      }
      previous = current;
    });
  };
  separate(plan.tree);
  return out;
}
