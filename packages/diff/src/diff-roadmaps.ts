import type { RoadmapDocument } from '@roadmapkit/schema';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type NodeStatus,
  type RoadmapDiff,
} from './change.js';
import { diffCalloutsAndEdges, diffFaq, diffLegend, diffMetadata } from './diff-document.js';
import { diffNodes } from './diff-nodes.js';
import { indexNodes } from './node-index.js';

/**
 * Compares two valid roadmap documents by meaning, not by text: nodes are matched by id, so
 * a renamed topic is one `renamed` change and a moved one is one `moved` change, wherever
 * it is written in the file. Pure data in and out; nothing is read or printed.
 */
export function diffRoadmaps(base: RoadmapDocument, head: RoadmapDocument): RoadmapDiff {
  const changes: Change[] = [
    ...diffMetadata(base, head),
    ...diffLegend(base, head),
    ...diffCalloutsAndEdges(base, head),
    ...diffNodes(indexNodes(base), indexNodes(head)),
    ...diffFaq(base, head),
  ];
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<
    ChangeKind,
    number
  >;
  const nodes: Record<string, NodeStatus> = {};
  for (const change of changes) {
    counts[change.kind]++;
    if (change.target === 'topic' || change.target === 'subtopic' || change.target === 'element') {
      nodes[change.id] =
        change.kind === 'added' || change.kind === 'removed'
          ? change.kind
          : (nodes[change.id] ?? 'changed');
    }
  }
  return { changes, counts, nodes };
}

/** True when the two versions differ in any way the diff sees. */
export function hasChanges(diff: RoadmapDiff): boolean {
  return diff.changes.length > 0;
}
