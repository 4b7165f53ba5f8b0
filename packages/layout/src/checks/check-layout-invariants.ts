import type { PositionedRoadmap } from '../positioned-roadmap.js';
import { outsideCanvas } from './canvas-bounds.js';
import { badEdges } from './edge-paths.js';
import { nonFiniteNumbers } from './finite-numbers.js';
import { badGroupFrames } from './group-frames.js';
import { overflowingLines } from './label-widths.js';
import { overlappingNodes } from './node-overlaps.js';

/**
 * Checks the promises every layout keeps and returns one sentence per broken promise (an
 * empty list when all hold), so that layout, render and import tests can share them:
 * - every number is finite (reported first; the other checks assume it);
 * - in an automatic layout, no two node boxes overlap, and no node overlaps the title, a
 *   call-out or the legend (boxes both pinned by the document excepted);
 * - no text line of a node is wider than its content box (the box less its padding), or
 *   sticks out of it;
 * - every edge is an orthogonal polyline from the border of its `from` box to the border of
 *   its `to` box, and passes through no other node, nor the title, a call-out or the legend;
 * - every frame behind a group of subtopics holds its members and nothing else, frames nest
 *   or stand apart, and no spine or branch edge between unpinned boxes passes through a frame
 *   it does not end in;
 * - the canvas holds everything: nodes, badges, tags, edge points, sections, group frames, the legend,
 *   the title, the call-outs and line elements lie within `[0, width] × [0, height]`.
 * Touching and rounding noise up to 0.01 px are allowed.
 */
export function checkLayoutInvariants(positioned: PositionedRoadmap): string[] {
  const numbers = nonFiniteNumbers(positioned);
  if (numbers.length > 0) return numbers;
  return [
    ...overlappingNodes(positioned),
    ...overflowingLines(positioned),
    ...badEdges(positioned),
    ...badGroupFrames(positioned),
    ...outsideCanvas(positioned),
  ];
}
