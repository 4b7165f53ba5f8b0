import type { RoadmapDocument } from '@roadmapkit/schema';
import { roundBox, roundPoint } from '../../geometry/round.js';
import type {
  Box,
  LayoutWarning,
  PositionedNode,
  PositionedRoadmap,
} from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import type { Passage } from '../auto/band-layout.js';
import type { PlacedFrame } from '../auto/group-frames.js';
import type { Deadline } from '../deadline.js';
import type { Placement } from '../manual/combine-placement.js';
import type { MeasuredLegend } from '../model/legend-layout.js';
import type { MeasuredBlock } from '../model/measure-furniture.js';
import type { MeasuredNode } from '../model/measure-nodes.js';
import type { LayoutModel, Side } from '../model/model.js';
import { routeEdges } from '../routing/route-edges.js';
import { type Canvas, toCanvas } from './fit-canvas.js';
import { positionFrameHeaders } from './frame-headers.js';
import { positionNode } from './position-node.js';
import {
  lineElements,
  positionCallout,
  positionLegend,
  positionSection,
  positionTitle,
} from './position-parts.js';
import type { SectionFrame } from './section-frames.js';

export interface AssembleInput {
  readonly doc: RoadmapDocument;
  readonly model: LayoutModel;
  readonly measured: ReadonlyMap<string, MeasuredNode>;
  readonly mode: 'auto' | 'manual';
  readonly placement: Placement;
  readonly frames: readonly SectionFrame[];
  /** Frames around groups of subtopics, inner frames first (document px). */
  readonly groupFrames: readonly PlacedFrame[];
  readonly canvas: Canvas;
  readonly titleBlock: MeasuredBlock;
  readonly callouts: readonly MeasuredBlock[];
  readonly legend: MeasuredLegend | undefined;
  readonly sides: ReadonlyMap<string, Side> | undefined;
  /** How branch edges reach the outer column of a two-column run (document px). */
  readonly passages: ReadonlyMap<string, Passage> | undefined;
  readonly options: ResolvedOptions;
  readonly deadline: Deadline;
  readonly warnings: LayoutWarning[];
}

/**
 * Moves everything onto the canvas and rounds it, routes the edges between the final boxes,
 * places every text line, and returns the result in its documented order.
 */
export function assemble(input: AssembleInput): PositionedRoadmap {
  const { model, measured, placement, canvas, options } = input;
  const onCanvas = (box: Box) => roundBox(toCanvas(box, canvas.origin));
  const boxes = new Map<string, Box>();
  for (const [id, box] of placement.nodes) boxes.set(id, onCanvas(box));
  const title = onCanvas(placement.title);
  const callouts = placement.callouts.map(onCanvas);
  const legendBox = placement.legend ? onCanvas(placement.legend) : undefined;
  const sides = sideOf(model, input.sides);

  const legendIds = new Set((input.doc.legend ?? []).map((item) => item.id));
  const nodes: PositionedNode[] = [];
  const groupOf = new Map(model.groups.flatMap((g) => g.members.map((m) => [m.id, g.id])));
  for (const node of model.nodes) {
    const box = boxes.get(node.id);
    const m = measured.get(node.id);
    if (!box || !m) continue;
    const placed = positionNode(node, m, box, sides.get(node.id), legendIds, options.badgeRadius);
    const group = groupOf.get(node.id);
    nodes.push(group === undefined ? placed : { ...placed, group });
  }
  // Group frames on the canvas, and their headers, clear of every box and badge (the tree's
  // edges never pass there; the document's own edges may cross a header, as they may cross
  // a frame).
  const groupFrames = input.groupFrames.map((f) => ({ ...f, box: onCanvas(f.box) }));
  const headers = positionFrameHeaders(
    groupFrames,
    (id) => {
      const text = model.byId.get(id)?.text;
      return text?.kind === 'label' ? text.text : undefined;
    },
    nodes,
    options,
  );

  const ends = new Map(boxes);
  if (model.titleElement) ends.set(model.titleElement.id, title);
  // A section is a valid end: an edge may join a topic to the section of its subtopics.
  for (const frame of input.frames)
    if (!ends.has(frame.section.id)) ends.set(frame.section.id, onCanvas(frame.box));
  const obstacles = [
    ...boxes.values(),
    title,
    ...callouts,
    ...(legendBox ? [legendBox] : []),
  ].filter((box) => box.width > 0 && box.height > 0);
  const edges = routeEdges(
    model.edges,
    {
      ends,
      obstacles,
      bounds: { x: 0, y: 0, width: canvas.width, height: canvas.height },
      inner: {
        x: options.gaps.margin,
        y: options.gaps.margin,
        width: Math.max(0, canvas.width - 2 * options.gaps.margin),
        height: Math.max(0, canvas.height - 2 * options.gaps.margin),
      },
      sides,
      passages: canvasPassages(input.passages, canvas),
      ...(input.mode === 'auto' ? { columnGap: options.gaps.column } : {}),
      clearance: options.gaps.edge,
      outlines: groupFrames.map((frame) => frame.box),
      headers: headers.flatMap((header) => (header ? [header.box] : [])),
    },
    input.deadline,
    input.warnings,
  );
  input.deadline.check('routing edges');

  return {
    format: 1,
    id: input.doc.id,
    layout: input.mode,
    width: canvas.width,
    height: canvas.height,
    origin: roundPoint(canvas.origin),
    title: positionTitle(input, title),
    callouts: callouts.map((box, i) => positionCallout(input, box, i)),
    ...(legendBox && input.legend ? { legend: positionLegend(input.legend, legendBox) } : {}),
    nodes,
    edges,
    sections: input.frames.map((frame) => positionSection(frame, canvas, options)),
    ...(groupFrames.length > 0
      ? {
          groupFrames: groupFrames
            .map((f, i) => {
              const header = headers[i];
              return {
                id: f.id,
                box: f.box,
                members: [...f.members],
                ...(header ? { header } : {}),
              };
            })
            .reverse(),
        }
      : {}),
    lineElements: input.model.unpinned ? [] : lineElements(input.doc, canvas),
    warnings: input.warnings,
  };
}

/** Subtopics and elements beside a topic: the side chosen by the layout, else the one written. */
function sideOf(model: LayoutModel, planned: ReadonlyMap<string, Side> | undefined) {
  const sides = new Map<string, Side>(planned ?? []);
  for (const node of model.nodes) {
    if (sides.has(node.id) || node.kind !== 'subtopic') continue;
    let first = node;
    while (first.depth > 1 && first.parent !== undefined) {
      const parent = model.byId.get(first.parent);
      if (!parent) break;
      first = parent;
    }
    if (first.authoredSide) sides.set(node.id, first.authoredSide);
  }
  return sides;
}

function canvasPassages(
  passages: ReadonlyMap<string, Passage> | undefined,
  canvas: Canvas,
): Map<string, Passage> {
  const out = new Map<string, Passage>();
  const { x, y } = canvas.origin;
  for (const [id, p] of passages ?? [])
    out.set(id, { y: p.y - y, near: p.near - x, far: p.far - x });
  return out;
}
