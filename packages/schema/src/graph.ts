import type { RoadmapDocument } from './model/document.js';
import { requireDocument } from './require-document.js';
import { visitNodes } from './traverse.js';

/** The kinds of node a roadmap draws. */
export type NodeKind =
  | 'topic'
  | 'subtopic'
  | 'title'
  | 'section'
  | 'paragraph'
  | 'button'
  | 'checklist'
  | 'label'
  | 'links'
  | 'line';

/** A node of the roadmap with its place in the tree made explicit. */
export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** The topic or subtopic a subtopic hangs from. */
  readonly parent: string | undefined;
  /** For subtopics: the side, as written or inherited from the parent (undefined: to be balanced). */
  readonly side: 'left' | 'right' | undefined;
  /** 0 for topics and elements, 1 for a topic's subtopics, 2 for theirs, and so on. */
  readonly depth: number;
}

/** An edge, written by the author or implied by the tree. */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly style: 'solid' | 'dashed' | 'dotted';
  /** `spine` (topic to next topic), `branch` (parent to subtopic) or `explicit` (from `edges`). */
  readonly origin: 'spine' | 'branch' | 'explicit';
}

export interface RoadmapGraph {
  readonly nodes: readonly GraphNode[];
  /** Topic ids from top to bottom. */
  readonly spine: readonly string[];
  readonly edges: readonly GraphEdge[];
}

/**
 * The graph a valid document describes: every node with its parent, side and depth, and
 * every edge, the ones the tree implies (solid along the spine, dashed to subtopics)
 * followed by the ones written in `edges`. Authors never write the tree's own edges.
 * Throws `RoadmapInputError` when `doc` is not a roadmap document. A document already checked
 * (from `parseRoadmap`, or accepted by `requireDocument`) is not checked again.
 */
export function toGraph(doc: RoadmapDocument): RoadmapGraph {
  requireDocument(doc, 'toGraph');
  const sides = new Map<string, 'left' | 'right' | undefined>();
  const depths = new Map<string, number>();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const visited of visitNodes(doc)) {
    const { node } = visited;
    if (visited.kind === 'subtopic') {
      const parentDepth = depths.get(visited.parent) ?? 0;
      const side = visited.node.side ?? sides.get(visited.parent);
      sides.set(node.id, side);
      depths.set(node.id, parentDepth + 1);
      nodes.push({
        id: node.id,
        kind: 'subtopic',
        parent: visited.parent,
        side,
        depth: parentDepth + 1,
      });
      edges.push({ from: visited.parent, to: node.id, style: 'dashed', origin: 'branch' });
    } else {
      depths.set(node.id, 0);
      nodes.push({ id: node.id, kind: visited.kind, parent: undefined, side: undefined, depth: 0 });
    }
  }
  const spine = doc.spine ?? doc.topics.map((topic) => topic.id);
  const spineEdges: GraphEdge[] = [];
  for (let i = 1; i < spine.length; i++) {
    const from = spine[i - 1];
    const to = spine[i];
    if (from !== undefined && to !== undefined)
      spineEdges.push({ from, to, style: 'solid', origin: 'spine' });
  }
  const explicit: GraphEdge[] = (doc.edges ?? []).map((edge) => ({ ...edge, origin: 'explicit' }));
  return { nodes, spine, edges: [...spineEdges, ...edges, ...explicit] };
}
