import { type RoadmapDocument, requireDocument } from '@roadmapkit/schema';
import type { LayoutOptions } from './options.js';
import { sharedElk } from './pipeline/auto/load-elk.js';
import { runLayout } from './pipeline/run-layout.js';
import type { PositionedRoadmap } from './positioned-roadmap.js';

/** Lays out many documents with one measurer and one ELK instance. */
export interface LayoutEngine {
  /** As `layoutRoadmap`, with the engine's options under the ones given here. */
  layout(doc: RoadmapDocument, options?: Partial<LayoutOptions>): Promise<PositionedRoadmap>;
}

/**
 * Creates a layout engine: it keeps its options (with their measurer), so later layouts skip
 * creating them. Engines use the process's one ELK instance, which remembers the sides it has
 * placed; a layout never changes any engine's result for the next one.
 */
export function createLayoutEngine(options: LayoutOptions): LayoutEngine {
  return {
    layout: async (doc, overrides = {}) => {
      requireDocument(doc, 'LayoutEngine.layout');
      return runLayout(doc, { ...options, ...overrides }, sharedElk);
    },
  };
}
