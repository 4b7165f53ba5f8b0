import type { RoadmapDocument } from '@roadmapkit/schema';
import type { LayoutOptions } from './options.js';
import { type ElkEngine, loadElk } from './pipeline/auto/load-elk.js';
import { runLayout } from './pipeline/run-layout.js';
import type { PositionedRoadmap } from './positioned-roadmap.js';

/** Lays out many documents with one measurer and one ELK instance. */
export interface LayoutEngine {
  /** As `layoutRoadmap`, with the engine's options under the ones given here. */
  layout(doc: RoadmapDocument, options?: Partial<LayoutOptions>): Promise<PositionedRoadmap>;
}

/**
 * Creates a layout engine: it keeps its options (with their measurer) and the ELK instance it
 * creates on its first layout, so later layouts skip both. Engines share nothing; a layout
 * never changes the engine's result for the next one.
 */
export function createLayoutEngine(options: LayoutOptions): LayoutEngine {
  let elk: Promise<ElkEngine> | undefined;
  const getElk = () => {
    elk ??= loadElk();
    return elk;
  };
  return {
    layout: (doc, overrides = {}) => runLayout(doc, { ...options, ...overrides }, getElk),
  };
}
