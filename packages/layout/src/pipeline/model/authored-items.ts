import type { RoadmapDocument } from '@roadmapkit/schema';
import type { AuthoredItem } from './authored-groups.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];

/** The boxes of a document that have both a position and a size, as its author placed them. */
export function authoredItems(doc: RoadmapDocument): AuthoredItem[] {
  const items: AuthoredItem[] = [];
  const boxOf = (node: {
    position?: { x: number; y: number } | undefined;
    size?: { width: number; height: number } | undefined;
  }) => (node.position && node.size ? { ...node.position, ...node.size } : undefined);
  const visit = (node: Topic | Subtopic) => {
    const box = boxOf(node);
    if (box) items.push({ id: node.id, kind: 'tree', box });
    for (const child of node.subtopics ?? []) visit(child);
  };
  for (const topic of doc.topics) visit(topic);
  for (const element of doc.elements ?? []) {
    if (element.kind === 'line' || element.kind === 'title') continue;
    const box = boxOf(element);
    if (!box) continue;
    if (element.kind === 'section')
      items.push({
        id: element.id,
        kind: 'section',
        box,
        framesTopics: (element.topics ?? []).length > 0,
        labelled: element.label !== undefined,
      });
    else items.push({ id: element.id, kind: element.kind === 'label' ? 'label' : 'element', box });
  }
  return items;
}
