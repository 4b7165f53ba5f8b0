import { unionBoxes } from '../../geometry/box.js';
import type { Box, LayoutWarning } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import type { AutoPlacement, HeaderParts } from '../auto/place-auto.js';
import type { MeasuredNode } from '../model/measure-nodes.js';
import type { LayoutModel, ModelNode } from '../model/model.js';
import { manualHeader } from './manual-header.js';
import { inkBox, type PinnedBox, warnOverlaps } from './pinned-overlaps.js';
import { resolvePins } from './resolve-pins.js';

/** Every box in its final place (document coordinates), before the canvas is fitted. */
export interface Placement {
  readonly nodes: ReadonlyMap<string, Box>;
  readonly title: Box;
  readonly callouts: readonly Box[];
  readonly legend: Box | undefined;
  /** The width the title and call-outs are wrapped to. */
  readonly wrapWidth: number;
}

/**
 * Puts pinned boxes where the document says and the rest where the automatic layout put
 * them, then moves the automatic ones down, where needed, to clear the pinned ones.
 * `auto` mode: the header is part of the automatic layout. `manual` mode: boxes without a
 * position (an invalid manual document) are laid out automatically below the pinned ones,
 * and the title, call-outs and legend go above everything.
 */
export function combinePlacement(
  model: LayoutModel,
  measured: ReadonlyMap<string, MeasuredNode>,
  mode: 'auto' | 'manual',
  auto: AutoPlacement | undefined,
  header: HeaderParts,
  titleSize: { readonly width: number; readonly height: number },
  options: ResolvedOptions,
  warnings: LayoutWarning[],
): Placement {
  const { gaps } = options;
  const pinnedBox = (
    node: { position?: { x: number; y: number } | undefined },
    size: Box | { width: number; height: number },
  ) =>
    node.position
      ? { x: node.position.x, y: node.position.y, width: size.width, height: size.height }
      : undefined;
  const fixed: PinnedBox[] = [];
  for (const node of model.nodes) {
    const m = measured.get(node.id);
    const box = m && pinnedBox(node, m);
    if (box) fixed.push({ id: node.id, box, ink: inkBox(node, box, m) });
  }
  const titleNode: ModelNode | undefined = model.titleElement;
  const titlePinned = titleNode ? pinnedBox(titleNode, titleSize) : undefined;
  if (titleNode && titlePinned) fixed.push({ id: titleNode.id, box: titlePinned });
  warnOverlaps(fixed, warnings);

  const movableIds: string[] = [];
  const movable: Box[] = [];
  const offset = auto?.headerOffset ?? { x: 0, y: 0 };
  const shift = manualShift(mode, fixed, auto, gaps.margin, gaps.band);
  for (const node of model.nodes) {
    if (node.position) continue;
    const box = auto?.boxes.get(node.id);
    if (!box) continue;
    movableIds.push(node.id);
    movable.push({ ...box, x: box.x + shift.x, y: box.y + shift.y });
  }
  const h = mode === 'auto' ? auto?.header : undefined;
  const place = (box: Box | undefined) =>
    box ? { ...box, x: box.x + offset.x, y: box.y + offset.y } : undefined;
  const headerBoxes = h ? [place(h.title), ...h.callouts.map(place), place(h.legend)] : [];
  const moved = resolvePins(
    [...movable, ...headerBoxes.filter((b): b is Box => b !== undefined)],
    fixed.map((f) => f.box),
    gaps.stack,
  );
  const nodes = new Map<string, Box>(fixed.map((f) => [f.id, f.box]));
  movableIds.forEach((id, i) => {
    const box = moved[i];
    if (box) nodes.set(id, box);
  });
  if (titleNode) nodes.delete(titleNode.id);

  if (h) {
    let k = movableIds.length;
    const next = (present: boolean) => (present ? moved[k++] : undefined);
    const title = next(h.title !== undefined);
    const callouts = h.callouts.map(() => next(true)).filter((b): b is Box => b !== undefined);
    const legend = next(h.legend !== undefined);
    return {
      nodes,
      title: titlePinned ?? title ?? { x: 0, y: 0, width: 0, height: 0 },
      callouts,
      legend,
      wrapWidth: h.wrapWidth,
    };
  }
  return manualHeader(nodes, header, titlePinned, options, model.doc.legendPosition);
}

/** Manual mode: the boxes placed automatically go below the pinned ones, lined up on the left. */
function manualShift(
  mode: 'auto' | 'manual',
  fixed: ReadonlyArray<{ box: Box }>,
  auto: AutoPlacement | undefined,
  margin: number,
  gap: number,
): { x: number; y: number } {
  if (mode === 'auto' || !auto) return { x: 0, y: 0 };
  const pinned = unionBoxes(fixed.map((f) => f.box));
  const placed = unionBoxes(auto.boxes.values());
  if (!pinned || !placed) return { x: 0, y: 0 };
  return { x: pinned.x - margin, y: pinned.y + pinned.height + gap - margin };
}
