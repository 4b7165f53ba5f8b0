import type { RoadmapDocument } from '@roadmapkit/schema';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];
type Element = NonNullable<RoadmapDocument['elements']>[number];

/** A node of one version with its place: parent, side (as drawn) and siblings' order. */
export interface IndexedNode {
  readonly id: string;
  readonly target: 'topic' | 'subtopic' | 'element';
  readonly label: string;
  /** The topic or subtopic it hangs from (subtopics only). */
  readonly parent: string | undefined;
  /** The side it is drawn on, written or inherited (subtopics only). */
  readonly side: 'left' | 'right' | undefined;
  readonly node: Topic | Subtopic | Element;
}

export interface NodeIndex {
  /** Every node by id, in document order. */
  readonly nodes: ReadonlyMap<string, IndexedNode>;
  /** The order of children under each parent id; the spine is under "". */
  readonly order: ReadonlyMap<string, readonly string[]>;
}

function elementLabel(element: Element): string {
  if ('label' in element && typeof element.label === 'string') return element.label;
  if (element.kind === 'paragraph') return element.text;
  return element.id;
}

/** Indexes a document's nodes by id (the first one wins if a malformed document repeats one). */
export function indexNodes(doc: RoadmapDocument): NodeIndex {
  const nodes = new Map<string, IndexedNode>();
  const order = new Map<string, string[]>();
  const add = (entry: IndexedNode) => {
    if (!nodes.has(entry.id)) nodes.set(entry.id, entry);
  };
  const walk = (
    children: readonly Subtopic[] | undefined,
    parent: string,
    inherited?: 'left' | 'right',
  ) => {
    if (!children) return;
    order.set(
      parent,
      children.map((child) => child.id),
    );
    for (const child of children) {
      const side = child.side ?? inherited;
      add({ id: child.id, target: 'subtopic', label: child.label, parent, side, node: child });
      walk(child.subtopics, child.id, side);
    }
  };
  for (const topic of doc.topics) {
    add({
      id: topic.id,
      target: 'topic',
      label: topic.label,
      parent: undefined,
      side: undefined,
      node: topic,
    });
    walk(topic.subtopics, topic.id);
  }
  order.set('', doc.spine ?? doc.topics.map((topic) => topic.id));
  for (const element of doc.elements ?? []) {
    add({
      id: element.id,
      target: 'element',
      label: elementLabel(element),
      parent: undefined,
      side: undefined,
      node: element,
    });
  }
  return { nodes, order };
}
