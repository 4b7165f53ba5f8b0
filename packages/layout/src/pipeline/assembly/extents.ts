import type { Box } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import type { BandPlan } from '../auto/plan-bands.js';
import type { Placement } from '../manual/combine-placement.js';
import type { MeasuredNode } from '../model/measure-nodes.js';
import type { LayoutModel } from '../model/model.js';
import type { SectionFrame } from './section-frames.js';

/**
 * The boxes a section around `topic` frames: the topic, its subtopics and the elements placed
 * beside it. In an automatic layout, pinned subtopics and elements are left out (they are
 * drawn wherever they were pinned).
 */
export function membersOf(
  topic: string,
  model: LayoutModel,
  boxes: ReadonlyMap<string, Box>,
  plan: BandPlan | undefined,
  mode: 'auto' | 'manual',
): Box[] {
  const ids: string[] = [];
  const visit = (id: string) => {
    const node = model.byId.get(id);
    if (!node) return;
    if (id === topic || mode === 'manual' || node.position === undefined) ids.push(id);
    for (const child of node.children) visit(child);
  };
  if (model.byId.get(topic)?.kind !== 'topic') return [];
  visit(topic);
  for (const [element, band] of plan?.bandOf ?? []) if (band === topic) ids.push(element);
  return ids.map((id) => boxes.get(id)).filter((box): box is Box => box !== undefined);
}

/** Everything that is drawn, as boxes: nodes with their badges and tags, header, sections, lines. */
export function drawnExtents(
  model: LayoutModel,
  measured: ReadonlyMap<string, MeasuredNode>,
  placement: Placement,
  frames: readonly SectionFrame[],
  options: ResolvedOptions,
): Box[] {
  const r = options.badgeRadius;
  const legendIds = new Set((model.doc.legend ?? []).map((item) => item.id));
  const out: Box[] = [];
  for (const node of model.nodes) {
    const box = placement.nodes.get(node.id);
    if (!box) continue;
    out.push(box);
    if (node.legend !== undefined && legendIds.has(node.legend)) {
      out.push({
        x: box.x - r,
        y: box.y - r,
        width: box.width + 2 * r,
        height: box.height / 2 + 2 * r,
      });
    }
    const tag = measured.get(node.id)?.tag;
    if (tag)
      out.push({ x: box.x, y: box.y - tag.height / 2, width: box.width, height: tag.height });
  }
  out.push(placement.title, ...placement.callouts);
  if (placement.legend) out.push(placement.legend);
  for (const frame of frames) out.push(frame.box);
  for (const element of model.unpinned ? [] : (model.doc.elements ?? [])) {
    if (element.kind !== 'line') continue;
    const x = Math.min(element.from.x, element.to.x);
    const y = Math.min(element.from.y, element.to.y);
    out.push({
      x,
      y,
      width: Math.max(element.from.x, element.to.x) - x,
      height: Math.max(element.from.y, element.to.y) - y,
    });
  }
  return out;
}
