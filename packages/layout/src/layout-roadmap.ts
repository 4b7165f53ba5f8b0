import { type RoadmapDocument, requireDocument } from '@roadmapkit/schema';
import type { LayoutOptions } from './options.js';
import { sharedElk } from './pipeline/auto/load-elk.js';
import { runLayout } from './pipeline/run-layout.js';
import type { PositionedRoadmap } from './positioned-roadmap.js';

/**
 * Lays out a valid roadmap document: a vertical spine of topics, their subtopics in columns
 * on either side, sections, the legend at the top right and the title at the top; or, with
 * `layout: manual`, every node where the document pins it, with only the edges routed.
 *
 * Loads elkjs on first use (one ELK instance for the process, see `createLayoutEngine`). The result is plain data (see {@link PositionedRoadmap}); the same
 * document and options give the same JSON in every run and process. Rejects with
 * `options.signal.reason` when the signal aborts and with a `TimeoutError` after
 * `options.timeoutMs`, both checked between stages. Throws a `RangeError` for a bad option
 * and a `RoadmapInputError` (from @roadmapkit/schema) when `doc` is not a roadmap document.
 */
export async function layoutRoadmap(
  doc: RoadmapDocument,
  options: LayoutOptions,
): Promise<PositionedRoadmap> {
  requireDocument(doc, 'layoutRoadmap');
  return runLayout(doc, options, sharedElk);
}
