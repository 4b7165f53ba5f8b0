import { asRecord } from './read-value.js';

/** The formats this package reads. */
export type SourceFormat = 'roadmapsh' | 'balsamiq';

/**
 * Which format parsed JSON is in: `roadmapsh` for an editor file (`{ nodes: [...] }`),
 * `balsamiq` for a legacy mockup (`{ mockup: {...} }`), undefined for anything else.
 */
export function detectFormat(json: unknown): SourceFormat | undefined {
  const root = asRecord(json);
  if (root === undefined) return undefined;
  if (asRecord(root.mockup) !== undefined) return 'balsamiq';
  if (Array.isArray(root.nodes)) return 'roadmapsh';
  return undefined;
}
