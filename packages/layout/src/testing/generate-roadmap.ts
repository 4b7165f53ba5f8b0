import type { RoadmapDocument } from '@roadmapkit/schema';
import { decorations, element, label } from './generate-parts.js';
import { createRandom } from './random.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];
type Element = NonNullable<RoadmapDocument['elements']>[number];

export interface GenerateOptions {
  /** How many boxes: topics, subtopics and elements together (at least 1). */
  readonly nodes: number;
  /** The seed: the same seed and size give the same document. Default 1. */
  readonly seed?: number;
  /**
   * How many of the boxes are elements, their kinds in turn (paragraph, button, checklist,
   * label, links): five or more give every kind. Default one in forty.
   */
  readonly elements?: number;
  /** How many explicit edges to try (a drawn edge from a box to itself is left out). Default one per sixty boxes. */
  readonly edges?: number;
}

const STYLES = ['solid', 'dashed', 'dotted'] as const;

/**
 * A synthetic, valid roadmap for tests and benchmarks: about one topic per ten boxes, each
 * with subtopics nested up to three deep (some on a written side, some left to balance),
 * elements beside topics or free, sections, legend badges, links, a few pinned sizes, long
 * and non-Latin labels, and one explicit edge per sixty boxes. Deterministic for a seed.
 */
export function generateRoadmap(options: GenerateOptions): RoadmapDocument {
  const total = Math.max(1, Math.floor(options.nodes));
  const random = createRandom(options.seed ?? 1);
  const elementCount = Math.min(total - 1, Math.max(0, Math.floor(options.elements ?? total / 40)));
  const topicCount = Math.max(1, Math.round((total - elementCount) / 10));
  const subtopicCount = Math.max(0, total - elementCount - topicCount);

  const topics: Topic[] = [];
  const trees: Array<Array<{ node: Subtopic; depth: number }>> = [];
  for (let t = 0; t < topicCount; t++) {
    topics.push({ id: `t${t}`, label: label(random), ...decorations(random, 0.1) });
    trees.push([]);
  }
  const treeIds: string[] = topics.map((t) => t.id);
  for (let s = 0; s < subtopicCount; s++) {
    const t = random.int(0, topicCount - 1);
    const tree = trees[t] ?? [];
    const node: Subtopic = { id: `s${s}`, label: label(random), ...decorations(random, 0.15) };
    if (random.chance(0.03)) node.size = { width: random.int(60, 240), height: random.int(28, 90) };
    const parents = tree.filter((entry) => entry.depth < 3);
    const parent = parents.length > 0 && random.chance(0.35) ? random.pick(parents) : undefined;
    if (parent) {
      parent.node.subtopics = [...(parent.node.subtopics ?? []), node];
      tree.push({ node, depth: parent.depth + 1 });
    } else {
      if (random.chance(0.5)) node.side = random.chance(0.5) ? 'left' : 'right';
      const topic = topics[t] as Topic;
      topic.subtopics = [...(topic.subtopics ?? []), node];
      tree.push({ node, depth: 1 });
    }
    treeIds.push(node.id);
  }

  const elements: Element[] = [];
  for (let e = 0; e < elementCount; e++)
    elements.push(element(random, e, topicCount, subtopicCount));
  for (let t = 0, s = 0; t < topicCount; t += random.int(4, 9), s++) {
    const span = random.int(1, 3);
    const ids = topics.slice(t, t + span).map((topic) => topic.id);
    elements.push({
      kind: 'section',
      id: `sec${s}`,
      topics: ids,
      ...(random.chance(0.7) ? { label: `Part ${s + 1}` } : {}),
    });
  }
  if (random.chance(0.3)) elements.push({ kind: 'title', id: 'heading', label: label(random) });

  const edges: NonNullable<RoadmapDocument['edges']> = [];
  const edgeCount = Math.max(0, Math.floor(options.edges ?? total / 60));
  for (let k = 0; k < edgeCount; k++) {
    const from = random.pick(treeIds);
    const to = random.pick(treeIds);
    if (from !== to) edges.push({ from, to, style: random.pick(STYLES) });
  }

  return {
    schemaVersion: 1,
    id: `generated-${total}-${options.seed ?? 1}`,
    title: `Generated roadmap (${total} boxes)`,
    layout: 'auto',
    legend: [
      { id: 'l0', label: 'Recommended', color: 'purple', shape: 'check-circle' },
      {
        id: 'l1',
        label: 'Alternative option – pick this or purple',
        color: 'green',
        shape: 'circle',
      },
      { id: 'l2', label: 'Optional', color: '#999999', shape: 'square' },
    ],
    ...(random.chance(0.5)
      ? {
          callouts: [
            { text: 'Find more roadmaps', url: 'https://example.com', linkLabel: 'example.com' },
          ],
        }
      : {}),
    topics,
    elements,
    edges,
  };
}
