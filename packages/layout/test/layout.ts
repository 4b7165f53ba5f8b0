import { createMeasurer } from '@roadmapkit/fonts';
import type { RoadmapDocument } from '@roadmapkit/schema';
import {
  type LayoutOptions,
  layoutRoadmap,
  type PositionedNode,
  type PositionedRoadmap,
} from '../src/index.js';

/** One measurer for a test file: creating one reads and parses the fonts. */
export const measurer = createMeasurer();

export function layout(
  doc: RoadmapDocument,
  options: Partial<LayoutOptions> = {},
): Promise<PositionedRoadmap> {
  return layoutRoadmap(doc, { measurer, ...options });
}

/** The node with this id (the test fails when there is none). */
export function nodeOf(positioned: PositionedRoadmap, id: string): PositionedNode {
  const node = positioned.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node "${id}" in the layout`);
  return node;
}

export const centreX = (node: PositionedNode) => node.box.x + node.box.width / 2;
export const centreY = (node: PositionedNode) => node.box.y + node.box.height / 2;
export const right = (node: PositionedNode) => node.box.x + node.box.width;
export const bottom = (node: PositionedNode) => node.box.y + node.box.height;
