import { polylineLength } from '../geometry/polyline.js';
import type { PositionedRoadmap } from '../positioned-roadmap.js';

/** The length of all edges together, in px (rounded to two decimals). */
export function totalEdgeLength(positioned: Pick<PositionedRoadmap, 'edges'>): number {
  let total = 0;
  for (const edge of positioned.edges) total += polylineLength(edge.points);
  return Math.round(total * 100) / 100;
}
