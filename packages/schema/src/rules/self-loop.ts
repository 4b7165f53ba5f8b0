import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';

/** An edge joins two different nodes. */
export function noSelfLoops(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  doc.edges?.forEach((edge, i) => {
    if (edge.from === edge.to) {
      findings.push(
        error(
          'self-loop',
          ['edges', i, 'to'],
          `expected an edge between two different nodes, received one from "${edge.from}" to itself`,
          'point "to" at another node, or remove the edge',
        ),
      );
    }
  });
  return findings;
}
