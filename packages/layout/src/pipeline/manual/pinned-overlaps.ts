import { bottom, boxesOverlap, containsBox, right } from '../../geometry/box.js';
import { createSpatialIndex } from '../../geometry/spatial-index.js';
import type { Box, LayoutWarning } from '../../positioned-roadmap.js';
import type { MeasuredNode } from '../model/measure-nodes.js';
import type { ModelNode } from '../model/model.js';

/** A pinned box, and for a node that draws no box (a free label) where its text is. */
export interface PinnedBox {
  readonly id: string;
  readonly box: Box;
  /** The text's own box, for a node drawn without a fill or border: only that can collide. */
  readonly ink?: Box | undefined;
}

/**
 * Warns about each pair of pinned boxes that collide: both are kept where they are. Overlaps
 * an author makes on purpose are not warned of: a box (or a free label's text) wholly inside
 * another, such as buttons on their panel or a caption on a section, a free label's text
 * lying across another box's edge (a caption on a border), and free labels whose boxes
 * overlap while their texts do not (a stacked label pair).
 */
export function warnOverlaps(fixed: readonly PinnedBox[], warnings: LayoutWarning[]) {
  const index = createSpatialIndex(fixed.map((f) => f.box));
  fixed.forEach((a, i) => {
    for (const j of index.queryBox(a.box).sort((x, y) => x - y)) {
      const b = fixed[j];
      if (j <= i || !b || !collide(a, b)) continue;
      warnings.push({
        code: 'pinned-overlap',
        id: a.id,
        message: `pinned box "${a.id}" overlaps pinned box "${b.id}"; both are kept where they are`,
      });
    }
  });
}

function collide(a: PinnedBox, b: PinnedBox): boolean {
  const shapeA = a.ink ?? a.box;
  const shapeB = b.ink ?? b.box;
  if (!boxesOverlap(shapeA, shapeB)) return false;
  if (containsBox(shapeA, shapeB, 1) || containsBox(shapeB, shapeA, 1)) return false;
  if (a.ink && !b.ink && acrossEdge(a.ink, b.box)) return false;
  if (b.ink && !a.ink && acrossEdge(b.ink, a.box)) return false;
  return true;
}

/** Whether a text lies across one edge of a box, within the box along that edge. */
function acrossEdge(text: Box, box: Box): boolean {
  const within = (lo: number, hi: number, from: number, to: number) =>
    lo >= from - 1 && hi <= to + 1;
  const crosses = (lo: number, hi: number, at: number) => lo < at && hi > at;
  const alongX = within(text.x, right(text), box.x, right(box));
  const alongY = within(text.y, bottom(text), box.y, bottom(box));
  return (
    (alongX &&
      (crosses(text.y, bottom(text), box.y) || crosses(text.y, bottom(text), bottom(box)))) ||
    (alongY && (crosses(text.x, right(text), box.x) || crosses(text.x, right(text), right(box))))
  );
}

/** Where a free label's text sits in its pinned box; undefined for a node that draws a box. */
export function inkBox(node: ModelNode, box: Box, measured: MeasuredNode): Box | undefined {
  const drawsBox =
    node.appearance?.background !== undefined && node.appearance.background !== 'none';
  const bordered =
    node.appearance?.borderColor !== undefined && node.appearance.borderColor !== 'none';
  if (node.kind !== 'label' || drawsBox || bordered) return undefined;
  const { padding, text, align, vertical } = measured;
  const inner = { width: box.width - 2 * padding.x, height: box.height - 2 * padding.y };
  const width = Math.min(text.width, inner.width);
  const height = Math.min(text.height, inner.height);
  const share = (how: string, start: string, end: string) =>
    how === start ? 0 : how === end ? 1 : 0.5;
  return {
    x: box.x + padding.x + (inner.width - width) * share(align, 'start', 'end'),
    y: box.y + padding.y + (inner.height - height) * share(vertical, 'top', 'bottom'),
    width,
    height,
  };
}
