import { type RoadmapDocument, toGraph } from '@roadmapkit/schema';
import type { LayoutWarning } from '../../positioned-roadmap.js';
import { authoredGroups } from './authored-groups.js';
import { authoredItems } from './authored-items.js';
import { appearanceOf, baseNode, elementNode } from './element-node.js';
import type { EdgeModel, LayoutModel, ModelNode, SectionModel } from './model.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];

/**
 * Reads what the layout needs from a document: the boxes in document order with their tree,
 * the spine, the sections and the edges (from `toGraph`). A document that did not pass
 * validation is read as far as it can be: a repeated id, an unknown spine entry or an edge
 * to a missing node is skipped with a warning.
 */
export function collectModel(
  doc: RoadmapDocument,
  mode: 'auto' | 'manual' = doc.layout,
): LayoutModel {
  const warnings: LayoutWarning[] = [];
  const nodes: ModelNode[] = [];
  // An auto layout of a manual document (`--layout auto` on an imported picture) lays the
  // tree out anew: the authored positions and sizes are left out.
  const unpin = mode === 'auto' && doc.layout === 'manual';
  const pin = <T>(value: T | undefined): T | undefined => (unpin ? undefined : value);
  const authored = unpin
    ? authoredGroups(authoredItems(doc))
    : { groups: [], captions: new Map<string, string>(), framed: new Map<string, string[]>() };
  const grouped = new Map(
    authored.groups.flatMap((group) => group.members.map((member) => [member.id, member])),
  );
  const captionIds = new Set(authored.captions.values());
  const captionText = new Map<string, string>();
  for (const element of doc.elements ?? [])
    if (element.kind === 'label' && captionIds.has(element.id))
      captionText.set(element.id, element.label);
  const byId = new Map<string, ModelNode>();
  const taken = new Set<string>();
  const add = (node: ModelNode): boolean => {
    if (taken.has(node.id)) {
      warnings.push({
        code: 'duplicate-id',
        id: node.id,
        message: `id "${node.id}" is used more than once; only its first node is drawn`,
      });
      return false;
    }
    taken.add(node.id);
    nodes.push(node);
    byId.set(node.id, node);
    return true;
  };

  const addTree = (
    item: Topic | Subtopic,
    topic: string,
    parent: string | undefined,
    depth: number,
  ): void => {
    const children = item.subtopics ?? [];
    const node: ModelNode = {
      ...baseNode(item.id, depth === 0 ? 'topic' : 'subtopic', nodes.length),
      topic,
      parent,
      children: children.map((child) => child.id),
      depth,
      authoredSide: depth === 1 && 'side' in item ? item.side : undefined,
      position: pin(item.position),
      size: pin(item.size),
      legend: item.legend,
      badgeCorner: item.badgeCorner,
      url: item.url,
      fontSize: item.fontSize,
      padding: item.padding,
      text: { kind: 'label', text: item.label },
    };
    if (!add(node)) return;
    for (const child of children) addTree(child, topic, item.id, depth + 1);
  };
  for (const topic of doc.topics) addTree(topic, topic.id, undefined, 0);

  let titleElement: ModelNode | undefined;
  const sections: SectionModel[] = [];
  for (const element of doc.elements ?? []) {
    if (element.kind === 'section') {
      if (taken.has(element.id)) continue;
      taken.add(element.id);
      const caption = authored.captions.get(element.id);
      const members = authored.framed.get(element.id);
      // A section of an authored block keeps its size; the block's place gives its position.
      const block = grouped.get(element.id);
      sections.push({
        id: element.id,
        label: element.label ?? (caption === undefined ? undefined : captionText.get(caption)),
        topics: element.topics ?? [],
        position: pin(element.position),
        size: block ? { width: block.width, height: block.height } : pin(element.size),
        fontSize: element.fontSize,
        appearance: appearanceOf(element),
        ...(members === undefined ? {} : { members }),
      });
      continue;
    }
    if (element.kind === 'line') {
      if (unpin)
        warnings.push({
          code: 'line-skipped',
          id: element.id,
          message: `line "${element.id}" is drawn only where its author put it, so an automatic layout leaves it out`,
        });
      continue;
    }
    if (captionIds.has(element.id)) continue;
    const own = elementNode(element, nodes.length);
    // Unpinned, a box of an authored block keeps its authored size (the block keeps its shape).
    const block = grouped.get(element.id);
    const node = unpin
      ? {
          ...own,
          position: undefined,
          size: block ? { width: block.width, height: block.height } : undefined,
        }
      : own;
    if (element.kind === 'title' && titleElement === undefined && !taken.has(element.id)) {
      taken.add(element.id);
      titleElement = node;
      continue;
    }
    add(node);
  }

  // The caller checked the document (`layoutRoadmap`, `LayoutEngine.layout`): toGraph's own
  // check finds it already accepted and does not read it again.
  const graph = toGraph(doc);
  const seen = new Set<string>();
  const spine = graph.spine.filter((id) => {
    const ok = byId.get(id)?.kind === 'topic' && !seen.has(id);
    seen.add(id);
    return ok;
  });
  const offSpine = doc.topics.map((t) => t.id).filter((id) => !seen.has(id) && byId.has(id));
  const sectionIds = new Set(sections.map((section) => section.id));
  const drawable = (id: string) => byId.has(id) || titleElement?.id === id || sectionIds.has(id);
  const edges: EdgeModel[] = [];
  const edgeKeys = new Set<string>();
  const treeOnly = doc.treeEdges === 'hidden';
  const sectionTopics = new Map(
    sections.map((s) => [s.id, new Set((s.members ?? []).map((id) => byId.get(id)?.topic))]),
  );
  const treePairs = new Set(
    graph.edges.filter((e) => e.origin !== 'explicit').map((e) => pairKey(e.from, e.to)),
  );
  for (const edge of graph.edges) {
    // `treeEdges: hidden`: a manual picture draws only its written edges; an auto layout
    // draws the tree and leaves out written edges that repeat a tree edge.
    if (treeOnly && mode === 'manual' && edge.origin !== 'explicit') continue;
    if (treeOnly && mode === 'auto' && edge.origin === 'explicit') {
      if (treePairs.has(pairKey(edge.from, edge.to))) continue;
      // An edge from a topic to the section around its subtopics repeats the tree's edges.
      if (sectionTopics.get(edge.to)?.has(edge.from) || sectionTopics.get(edge.from)?.has(edge.to))
        continue;
    }
    const key = `${edge.origin} ${edge.from} ${edge.to}`;
    if (edge.origin === 'spine' && edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    if (!drawable(edge.from) || !drawable(edge.to) || edge.from === edge.to) {
      warnings.push({
        code: 'edge-skipped',
        id: `${edge.from}->${edge.to}`,
        message: `edge from "${edge.from}" to "${edge.to}" is not drawn: ${edge.from === edge.to ? 'it loops on one node' : 'an end is not a box of the roadmap'}`,
      });
      continue;
    }
    edges.push({ from: edge.from, to: edge.to, style: edge.style, origin: edge.origin });
  }

  return {
    doc,
    nodes,
    byId,
    bands: [...spine, ...offSpine],
    spineLength: spine.length,
    titleElement,
    sections,
    edges,
    warnings,
    groups: authored.groups,
    unpinned: unpin,
  };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}
