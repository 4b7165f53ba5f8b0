export { checkLayoutInvariants } from './checks/check-layout-invariants.js';
export { createLayoutEngine, type LayoutEngine } from './layout-engine.js';
export { layoutRoadmap } from './layout-roadmap.js';
export { countCrossings } from './metrics/count-crossings.js';
export { type CrossLinkReport, crossLinkReport } from './metrics/cross-link-report.js';
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
  PositionedFrameHeader,
  PositionedGroupFrame,
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
