import type { Box } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import type { Deadline } from '../deadline.js';
import type { MeasuredBlock } from '../model/measure-furniture.js';
import type { MeasuredNode } from '../model/measure-nodes.js';
import type { LayoutModel, ModelNode } from '../model/model.js';
import type { SectionInsets } from '../model/section-insets.js';
import {
  type BandLayout,
  composeBand,
  type Passage,
  planBand,
  singleColumnExtent,
} from './band-layout.js';
import { placeSidesWithElk } from './elk-sides.js';
import { frameHeaders } from './frame-headers.js';
import { freeBlocks } from './free-blocks.js';
import { type FrameSpec, frameSpecs } from './group-frames.js';
import { type HeaderLayout, layoutHeader } from './header-layout.js';
import type { ElkEngine } from './load-elk.js';
import { type BandPlan, planBands } from './plan-bands.js';
import { type BandProfile, bandProfile, tuckBands } from './tuck-bands.js';

/** What goes in the header, measured at a given wrap width. */
export interface HeaderParts {
  readonly centre: (maxWidth: number) => {
    readonly title: MeasuredBlock | undefined;
    readonly callouts: readonly MeasuredBlock[];
  };
  readonly legend: { readonly width: number; readonly height: number } | undefined;
}

/** The automatic layout before pinned boxes are taken into account, in canvas px. */
export interface AutoPlacement {
  readonly boxes: ReadonlyMap<string, Box>;
  readonly plan: BandPlan;
  readonly header: HeaderLayout | undefined;
  /** Where the header's boxes are: add to them. */
  readonly headerOffset: { readonly x: number; readonly y: number };
  /** The header wrap width, for measuring the title and call-outs again when placing them. */
  readonly bands: readonly BandLayout[];
  /** How edges reach the outer column of a two-column run, in document px, by box id. */
  readonly passages: ReadonlyMap<string, Passage>;
  /** The boxes drawn at their wide size: their labels wrap to the wider measure. */
  readonly widened: ReadonlySet<string>;
  /** The frames to draw around groups of subtopics (nested groups, two-column runs). */
  readonly frames: readonly FrameSpec[];
}

/**
 * The automatic layout: plans the bands (our code: side columns and two-column runs), has ELK
 * place the boxes of every side vertically (one call for the roadmap), builds the header when
 * `headerParts` is given, stacks the header and the bands top to bottom, tucks each band up
 * where the sides above leave room, and lines the bands up on one vertical spine axis,
 * `margin` from the top and left.
 */
export async function placeAutomatically(
  model: LayoutModel,
  measured: ReadonlyMap<string, MeasuredNode>,
  insets: SectionInsets,
  headerParts: HeaderParts | undefined,
  isPinned: (node: ModelNode) => boolean,
  elk: () => Promise<ElkEngine>,
  options: ResolvedOptions,
  deadline: Deadline,
  grids: boolean,
  wide: ReadonlyMap<string, MeasuredNode> = new Map(),
): Promise<AutoPlacement> {
  // Group frames are drawn in an automatic layout only: their headers take room there alone.
  const headers = grids ? frameHeaders(options) : undefined;
  const gaps = { ...options.gaps, frameHeader: headers?.height ?? 0 };
  const plan = planBands(model, measured, gaps, isPinned, grids ? wide : new Map(), headers?.width);
  // Long runs of leaves flow into two columns where that keeps the band within the width the
  // widest band needs anyway (automatic layout only: a manual layout keeps its one column).
  const single = plan.bands.map((b) => singleColumnExtent(b, gaps));
  const least = {
    left: Math.max(0, ...single.map((s) => s.left)),
    right: Math.max(0, ...single.map((s) => s.right)),
  };
  const room = options.maxWidth - 2 * (gaps.margin + options.badgeRadius);
  const extra = Math.max(0, room - least.left - least.right) / 2;
  const budget = grids
    ? { left: least.left + extra, right: least.right + extra }
    : { left: 0, right: 0 };
  const planned = plan.bands.map((band) => planBand(band, gaps, budget));
  // ELK places every side's boxes vertically, all sides in one call.
  const engine = await elk();
  deadline.check('loading elkjs');
  const sideTops = await placeSidesWithElk(
    engine,
    planned.flatMap((p) => [
      { plan: p.left, topicHeight: p.input.topic.height },
      { plan: p.right, topicHeight: p.input.topic.height },
    ]),
  );
  deadline.check('elk');
  const bands = planned.map((p, i) =>
    composeBand(p, { left: sideTops[2 * i], right: sideTops[2 * i + 1] }),
  );
  deadline.check('bands');
  const left = Math.max(0, ...bands.map((b) => b.left));
  const right = Math.max(0, ...bands.map((b) => b.right));
  const freeParts = freeBlocks(plan.free, model.groups, measured);
  const header = headerParts
    ? layoutHeader({
        centre: headerParts.centre,
        legend: headerParts.legend,
        free: freeParts.free,
        left,
        right,
        gap: gaps.header,
        stack: gaps.stack,
        maxWidth: options.maxTitleWidth,
      })
    : undefined;
  const blocks: { width: number; height: number }[] = [];
  if (header && header.height > 0)
    blocks.push({ width: header.left + header.right, height: header.height });
  const headerBlocks = blocks.length;
  bands.forEach((band, i) =>
    blocks.push({
      width: band.left + band.right,
      height: (insets.top[i] ?? 0) + band.height + (insets.bottom[i] ?? 0),
    }),
  );
  // The header and the bands one below the other, a band gap apart.
  const stacked: number[] = [];
  for (let i = 0; i < blocks.length; i++)
    stacked.push(i === 0 ? 0 : (stacked[i - 1] ?? 0) + (blocks[i - 1]?.height ?? 0) + gaps.band);
  // Then each band moves up beside the bands above where their sides leave room.
  const topicWidth = Math.max(0, ...plan.bands.map((b) => b.topic.width));
  const tucked = tuckBands(
    stacked.slice(headerBlocks),
    blocks.slice(headerBlocks).map((b) => b.height),
    bands.map((band, i) =>
      shiftProfile(bandProfile(band, plan.bands[i]?.topic.id ?? ''), insets.top[i] ?? 0),
    ),
    plan.bands.map(
      (b, i) =>
        (insets.top[i] ?? 0) > 0 || (insets.bottom[i] ?? 0) > 0 || b.topic.width !== topicWidth,
    ),
    gaps.band,
  );
  const tops = [...stacked.slice(0, headerBlocks), ...tucked];

  const axis = gaps.margin + Math.max(left, header?.left ?? 0);
  const boxes = new Map<string, Box>();
  const passages = new Map<string, Passage>();
  bands.forEach((band, i) => {
    const top = gaps.margin + (tops[headerBlocks + i] ?? 0) + (insets.top[i] ?? 0);
    for (const [id, box] of band.boxes) boxes.set(id, { ...box, x: axis + box.x, y: top + box.y });
    for (const [id, p] of band.passages)
      passages.set(id, { y: top + p.y, near: axis + p.near, far: axis + p.far });
  });
  const headerOffset = { x: axis, y: gaps.margin };
  if (header)
    for (const [id, box] of header.free) {
      const placed = { ...box, x: axis + box.x, y: gaps.margin + box.y };
      const group = freeParts.groups.get(id);
      if (!group) boxes.set(id, placed);
      else
        for (const m of group.members)
          boxes.set(m.id, { ...m, x: placed.x + m.x, y: placed.y + m.y });
    }
  const widened = new Set(planned.flatMap((p) => [...p.left.widened, ...p.right.widened]));
  const frames = planned.flatMap((p) => [p.left, p.right].flatMap((s) => frameSpecs(s, s.tree)));
  return { boxes, plan, header, headerOffset, bands, passages, widened, frames };
}

function shiftProfile(profile: BandProfile, dy: number): BandProfile {
  const move = (span: { top: number; bottom: number } | undefined) =>
    span ? { top: span.top + dy, bottom: span.bottom + dy } : undefined;
  return {
    left: move(profile.left),
    centre: move(profile.centre) ?? profile.centre,
    right: move(profile.right),
  };
}
