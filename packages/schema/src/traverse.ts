import type { IssuePath } from './issue.js';
import type { RoadmapDocument } from './model/document.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];
type Element = NonNullable<RoadmapDocument['elements']>[number];

/** One node of the document with where it sits. */
export type Visited =
  | {
      readonly kind: 'topic';
      readonly node: Topic;
      readonly path: IssuePath;
      readonly parent: undefined;
    }
  | {
      readonly kind: 'subtopic';
      readonly node: Subtopic;
      readonly path: IssuePath;
      readonly parent: string;
    }
  | {
      readonly kind: Element['kind'];
      readonly node: Element;
      readonly path: IssuePath;
      readonly parent: undefined;
    };

/** The nodes of the document `withNodesVisitedOnce` is running for. */
let visiting: { readonly doc: RoadmapDocument; readonly nodes: readonly Visited[] } | undefined;

/**
 * Runs `run` (the checks of one document, which each visit its nodes) with the nodes of
 * `doc` visited once: `visitNodes(doc)` gives that one list while `run` runs.
 */
export function withNodesVisitedOnce<T>(doc: RoadmapDocument, run: () => T): T {
  const outer = visiting;
  visiting = { doc, nodes: visit(doc) };
  try {
    return run();
  } finally {
    visiting = outer;
  }
}

/** Every node, depth first in document order: topics with their subtopics, then elements. */
export function visitNodes(doc: RoadmapDocument): readonly Visited[] {
  return visiting?.doc === doc ? visiting.nodes : visit(doc);
}

function visit(doc: RoadmapDocument): Visited[] {
  const out: Visited[] = [];
  const stack: Array<{ node: Subtopic; path: IssuePath; parent: string }> = [];
  doc.topics.forEach((topic, t) => {
    const path = ['topics', t];
    out.push({ kind: 'topic', node: topic, path, parent: undefined });
    pushChildren(stack, topic.subtopics, path, topic.id);
    while (stack.length > 0) {
      const next = stack.pop();
      if (!next) break;
      out.push({ kind: 'subtopic', ...next });
      pushChildren(stack, next.node.subtopics, next.path, next.node.id);
    }
  });
  doc.elements?.forEach((element, e) => {
    out.push({ kind: element.kind, node: element, path: ['elements', e], parent: undefined });
  });
  return out;
}

function pushChildren(
  stack: Array<{ node: Subtopic; path: IssuePath; parent: string }>,
  children: readonly Subtopic[] | undefined,
  path: IssuePath,
  parent: string,
): void {
  if (!children) return;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push({ node: child, path: [...path, 'subtopics', i], parent });
  }
}

/** A text field of the document: where it is and what it says. */
export interface Field {
  readonly path: IssuePath;
  readonly value: string;
}

/** Every URL the document holds. */
export function urlFields(doc: RoadmapDocument): Field[] {
  const out: Field[] = [];
  const add = (path: IssuePath, value: string | undefined) => {
    if (value !== undefined) out.push({ path, value });
  };
  doc.authors?.forEach((author, i) => add(['authors', i, 'url'], author.url));
  doc.callouts?.forEach((callout, i) => add(['callouts', i, 'url'], callout.url));
  for (const { node, path } of visitNodes(doc)) {
    if ('url' in node) add([...path, 'url'], node.url);
    if ('links' in node)
      node.links.forEach((link, i) => add([...path, 'links', i, 'url'], link.url));
    if ('content' in node) {
      node.content?.resources?.forEach((resource, i) =>
        add([...path, 'content', 'resources', i, 'url'], resource.url),
      );
    }
  }
  return out;
}

/** Every Markdown text: the description, topic descriptions, FAQ answers and paragraphs. */
export function markdownFields(doc: RoadmapDocument): Field[] {
  const out: Field[] = [];
  const add = (path: IssuePath, value: string | undefined) => {
    if (value !== undefined) out.push({ path, value });
  };
  add(['description'], doc.description);
  doc.faq?.forEach((entry, i) => add(['faq', i, 'answer'], entry.answer));
  for (const { kind, node, path } of visitNodes(doc)) {
    if ('content' in node) add([...path, 'content', 'description'], node.content?.description);
    if (kind === 'paragraph' && 'text' in node) add([...path, 'text'], node.text);
  }
  return out;
}

/** Every label-like text (shown in a box or a heading), for the empty-label rule. */
export function labelFields(doc: RoadmapDocument): Field[] {
  const out: Field[] = [{ path: ['title'], value: doc.title }];
  doc.legend?.forEach((item, i) => out.push({ path: ['legend', i, 'label'], value: item.label }));
  doc.callouts?.forEach((callout, i) =>
    out.push({ path: ['callouts', i, 'text'], value: callout.text }),
  );
  doc.faq?.forEach((entry, i) => out.push({ path: ['faq', i, 'question'], value: entry.question }));
  for (const { node, path } of visitNodes(doc)) {
    if ('label' in node && node.label !== undefined)
      out.push({ path: [...path, 'label'], value: node.label });
    if ('text' in node) out.push({ path: [...path, 'text'], value: node.text });
    if ('badge' in node && node.badge !== undefined)
      out.push({ path: [...path, 'badge'], value: node.badge });
    if ('links' in node)
      node.links.forEach((link, i) =>
        out.push({ path: [...path, 'links', i, 'label'], value: link.label }),
      );
    if ('items' in node)
      node.items.forEach((item, i) =>
        out.push({ path: [...path, 'items', i, 'label'], value: item.label }),
      );
    if ('content' in node) {
      node.content?.resources?.forEach((resource, i) =>
        out.push({ path: [...path, 'content', 'resources', i, 'title'], value: resource.title }),
      );
    }
  }
  return out;
}
