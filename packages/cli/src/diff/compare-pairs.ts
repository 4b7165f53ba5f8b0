import { diffRoadmaps, type RoadmapDiff } from '@roadmapkit/diff';
import { type Issue, parseRoadmap, type RoadmapDocument } from '@roadmapkit/schema';
import type { VersionPair } from './load-pairs.js';

/** One roadmap compared: its diff, or the issues that stopped a side from being read. */
export interface FileDiff {
  readonly name: string;
  /** added / removed: the whole file is new or deleted. */
  readonly status: 'added' | 'removed' | 'changed' | 'unchanged' | 'invalid';
  readonly diff: RoadmapDiff | undefined;
  readonly base: RoadmapDocument | undefined;
  readonly head: RoadmapDocument | undefined;
  readonly issues: readonly Issue[];
}

/** A document with no nodes: what a new file is compared against, and a deleted one with. */
function empty(doc: RoadmapDocument): RoadmapDocument {
  return { ...doc, topics: [], elements: [], legend: [], faq: [], edges: [], callouts: [] };
}

export function comparePair(pair: VersionPair): FileDiff {
  const parse = (side: VersionPair['base']) =>
    side === undefined ? undefined : parseRoadmap(side.bytes, { file: side.name });
  const before = parse(pair.base);
  const after = parse(pair.head);
  const issues = [...(before?.issues ?? []), ...(after?.issues ?? [])].filter(
    (issue) => issue.severity === 'error',
  );
  const base = before?.value;
  const head = after?.value;
  const result = { name: pair.name, base, head, issues };
  if ((pair.base && !base) || (pair.head && !head))
    return { ...result, status: 'invalid', diff: undefined };
  if (base && head) {
    const diff = diffRoadmaps(base, head);
    return { ...result, status: diff.changes.length > 0 ? 'changed' : 'unchanged', diff };
  }
  if (head) return { ...result, status: 'added', diff: diffRoadmaps(empty(head), head) };
  if (base) return { ...result, status: 'removed', diff: diffRoadmaps(base, empty(base)) };
  return { ...result, status: 'unchanged', diff: undefined };
}
