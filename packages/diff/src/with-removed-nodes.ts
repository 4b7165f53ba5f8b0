import type { RoadmapDocument } from '@roadmapkit/schema';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];
type TreeNode = Topic | Subtopic;

function ids(doc: RoadmapDocument): Set<string> {
  const out = new Set<string>();
  const walk = (node: TreeNode) => {
    out.add(node.id);
    for (const child of node.subtopics ?? []) walk(child);
  };
  for (const topic of doc.topics) walk(topic);
  for (const element of doc.elements ?? []) out.add(element.id);
  return out;
}

/**
 * The newer document with the nodes the older one had and it lost put back where they were
 * (under the same parent, at the same place among its siblings), so a picture of the change
 * can draw them as ghosts. Children that moved elsewhere are not copied twice; a ghost's
 * badge is dropped when its legend item is gone. Returns a new document; the inputs are
 * left as they are.
 */
export function withRemovedNodes(base: RoadmapDocument, head: RoadmapDocument): RoadmapDocument {
  const kept = ids(head);
  const legend = new Set((head.legend ?? []).map((item) => item.id));
  // A removed node's subtree, without the descendants the newer version still has.
  const ghost = <T extends TreeNode>(node: T): T => {
    const children = (node.subtopics ?? []).filter((child) => !kept.has(child.id)).map(ghost);
    const { subtopics: _drop, legend: badge, ...rest } = node;
    return {
      ...rest,
      ...(badge !== undefined && legend.has(badge) ? { legend: badge } : {}),
      ...(children.length > 0 ? { subtopics: children } : {}),
    } as T;
  };
  // Puts back the removed children of `before` into `after`, at their old places.
  const merge = <T extends TreeNode>(after: T, before: TreeNode | undefined): T => {
    const children: Subtopic[] = (after.subtopics ?? []).map((child) =>
      merge(child, baseNodes.get(child.id)),
    );
    (before?.subtopics ?? []).forEach((child, index) => {
      if (!kept.has(child.id)) children.splice(Math.min(index, children.length), 0, ghost(child));
    });
    return children.length > 0 ? { ...after, subtopics: children } : after;
  };
  const baseNodes = new Map<string, TreeNode>();
  const walk = (node: TreeNode) => {
    baseNodes.set(node.id, node);
    for (const child of node.subtopics ?? []) walk(child);
  };
  for (const topic of base.topics) walk(topic);

  const topics: Topic[] = head.topics.map((topic) => merge(topic, baseNodes.get(topic.id)));
  const spine = head.spine ? [...head.spine] : undefined;
  base.topics.forEach((topic, index) => {
    if (kept.has(topic.id)) return;
    topics.splice(Math.min(index, topics.length), 0, ghost(topic));
    if (spine) {
      const old = (base.spine ?? base.topics.map((t) => t.id)).indexOf(topic.id);
      spine.splice(Math.min(Math.max(old, 0), spine.length), 0, topic.id);
    }
  });
  const elements = [...(head.elements ?? [])];
  (base.elements ?? []).forEach((element, index) => {
    if (!kept.has(element.id) && element.kind !== 'section')
      elements.splice(Math.min(index, elements.length), 0, element);
  });
  return {
    ...head,
    topics,
    ...(spine ? { spine } : {}),
    ...(elements.length > 0 ? { elements } : {}),
  };
}
