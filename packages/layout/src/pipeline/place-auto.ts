import type { Box } from '../positioned-roadmap.js';
import type { ResolvedOptions } from '../resolve-options.js';
import { type BandLayout, layoutBand } from './band-layout.js';
import type { Deadline } from './deadline.js';
import { type HeaderLayout, layoutHeader } from './header-layout.js';
import type { ElkEngine } from './load-elk.js';
import type { MeasuredBlock } from './measure-furniture.js';
import type { MeasuredNode } from './measure-nodes.js';
import type { LayoutModel, ModelNode } from './model.js';
import { type BandPlan, planBands } from './plan-bands.js';
import type { SectionInsets } from './section-insets.js';
import { type StackBlock, stackWithElk } from './stack-with-elk.js';

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
}

/**
 * The automatic layout: plans the bands, lays each one out (our code: side columns), builds
 * the header when `headerParts` is given, stacks the header and the bands top to bottom with
 * ELK, and lines the bands up on one vertical spine axis, `margin` from the top and left.
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
): Promise<AutoPlacement> {
  const { gaps } = options;
  const plan = planBands(model, measured, gaps, isPinned);
  const bands = plan.bands.map((band) => layoutBand(band, gaps));
  deadline.check('bands');
  const left = Math.max(0, ...bands.map((b) => b.left));
  const right = Math.max(0, ...bands.map((b) => b.right));
  const free = plan.free.map((id) => ({
    id,
    width: measured.get(id)?.width ?? 1,
    height: measured.get(id)?.height ?? 1,
  }));
  const header = headerParts
    ? layoutHeader({
        centre: headerParts.centre,
        legend: headerParts.legend,
        free,
        left,
        right,
        gap: gaps.header,
        stack: gaps.stack,
        maxWidth: options.maxTitleWidth,
      })
    : undefined;
  const blocks: StackBlock[] = [];
  if (header && header.height > 0)
    blocks.push({ width: header.left + header.right, height: header.height });
  const headerBlocks = blocks.length;
  bands.forEach((band, i) =>
    blocks.push({
      width: band.left + band.right,
      height: (insets.top[i] ?? 0) + band.height + (insets.bottom[i] ?? 0),
    }),
  );
  const engine = await elk();
  deadline.check('loading elkjs');
  const tops = await stackWithElk(engine, blocks, gaps.band);
  deadline.check('elk');

  const axis = gaps.margin + Math.max(left, header?.left ?? 0);
  const boxes = new Map<string, Box>();
  bands.forEach((band, i) => {
    const top = gaps.margin + (tops[headerBlocks + i] ?? 0) + (insets.top[i] ?? 0);
    for (const [id, box] of band.boxes) boxes.set(id, { ...box, x: axis + box.x, y: top + box.y });
  });
  const headerOffset = { x: axis, y: gaps.margin };
  if (header)
    for (const [id, box] of header.free)
      boxes.set(id, { ...box, x: axis + box.x, y: gaps.margin + box.y });
  return { boxes, plan, header, headerOffset, bands };
}
