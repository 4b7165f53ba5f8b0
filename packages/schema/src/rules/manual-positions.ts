import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { visitNodes } from '../traverse.js';

/**
 * With `layout: manual` nothing is placed automatically, so every node needs a position
 * (a line is placed by its own `from` and `to`).
 */
export function manualPositions(doc: RoadmapDocument): Finding[] {
  if (doc.layout !== 'manual') return [];
  return visitNodes(doc)
    .filter(({ node }) => !('from' in node) && node.position === undefined)
    .map(({ node, path }) =>
      error(
        'missing-position',
        [...path, 'id'],
        `expected a position for "${node.id}" because the document sets layout: manual, received none`,
        'add "position: { x: …, y: … }" to the node, or set layout: auto',
      ),
    );
}
