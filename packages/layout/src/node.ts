// The `@roadmapkit/layout/node` entry: the same API, with a measurer over the shipped fonts
// created when none is given (it reads the font files, so it needs Node's file system).
import { createMeasurer } from '@roadmapkit/fonts';
import type { RoadmapDocument } from '@roadmapkit/schema';
import { createLayoutEngine as createEngine, type LayoutEngine } from './layout-engine.js';
import { layoutRoadmap as layout } from './layout-roadmap.js';
import type { LayoutOptions } from './options.js';
import type { PositionedRoadmap } from './positioned-roadmap.js';

/** Layout options whose measurer may be left out (then the shipped Inter fonts are used). */
export type NodeLayoutOptions = Omit<LayoutOptions, 'measurer'> & {
  readonly measurer?: LayoutOptions['measurer'];
};

/**
 * `layoutRoadmap` for Node: without a measurer, one is created over the shipped fonts for
 * this call (about 60–120 ms). For many layouts, pass a measurer or use `createLayoutEngine`.
 */
export function layoutRoadmap(
  doc: RoadmapDocument,
  options: NodeLayoutOptions = {},
): Promise<PositionedRoadmap> {
  return layout(doc, { ...options, measurer: options.measurer ?? createMeasurer() });
}

/** `createLayoutEngine` for Node: the engine creates its measurer once when none is given. */
export function createLayoutEngine(options: NodeLayoutOptions = {}): LayoutEngine {
  return createEngine({ ...options, measurer: options.measurer ?? createMeasurer() });
}

export { checkLayoutInvariants } from './checks/check-layout-invariants.js';
export type { LayoutEngine } from './layout-engine.js';
export { countCrossings } from './metrics/count-crossings.js';
export { totalEdgeLength } from './metrics/total-edge-length.js';
export type { FontSizes, Gaps, LayoutOptions, Padding } from './options.js';
export type {
  Box,
  FontSpec,
  LayoutWarning,
  LayoutWarningCode,
  NodeAppearance,
  Point,
  PositionedBadge,
  PositionedCallout,
  PositionedEdge,
  PositionedItem,
  PositionedLegend,
  PositionedLegendItem,
  PositionedLineElement,
  PositionedNode,
  PositionedNodeKind,
  PositionedRoadmap,
  PositionedSection,
  PositionedTag,
  PositionedTitle,
  TextLine,
} from './positioned-roadmap.js';
export { version } from './version.js';
