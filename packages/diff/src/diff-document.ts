import type { RoadmapDocument } from '@roadmapkit/schema';
import type { Change } from './change.js';
import { movedInOrder } from './moved-in-order.js';
import { quote, same } from './same.js';

/** Document fields compared as a whole; the rest have their own rules. */
const METADATA = ['authors', 'license', 'updated', 'tags', 'layout', 'theme'] as const;

/** The title, description and metadata of the document. */
export function diffMetadata(base: RoadmapDocument, head: RoadmapDocument): Change[] {
  const changes: Change[] = [];
  const push = (kind: Change['kind'], id: string, message: string) =>
    changes.push({ kind, target: 'document', id, label: head.title, message });
  if (base.title !== head.title)
    push('renamed', 'title', `title ${quote(base.title)} → ${quote(head.title)}`);
  if (base.description !== head.description) push('content', 'description', 'description changed');
  const fields = METADATA.filter((key) => !same(base[key], head[key]));
  if (fields.length > 0) push('changed', fields.join(','), `changed ${fields.join(', ')}`);
  return changes;
}

/** Legend items by id: added, removed, renamed, recoloured or reshaped. */
export function diffLegend(base: RoadmapDocument, head: RoadmapDocument): Change[] {
  const changes: Change[] = [];
  const before = new Map((base.legend ?? []).map((item) => [item.id, item]));
  const after = new Map((head.legend ?? []).map((item) => [item.id, item]));
  for (const item of after.values()) {
    const push = (kind: Change['kind'], message: string) =>
      changes.push({ kind, target: 'legend-item', id: item.id, label: item.label, message });
    const old = before.get(item.id);
    if (!old) push('added', 'added to the legend');
    else {
      if (old.label !== item.label)
        push('renamed', `renamed ${quote(old.label)} → ${quote(item.label)}`);
      if (old.color !== item.color || old.shape !== item.shape)
        push('changed', `badge ${old.color} ${old.shape} → ${item.color} ${item.shape}`);
    }
  }
  for (const item of before.values()) {
    if (!after.has(item.id))
      changes.push({
        kind: 'removed',
        target: 'legend-item',
        id: item.id,
        label: item.label,
        message: 'removed from the legend',
      });
  }
  return changes;
}

/** Call-out links by URL, and explicit edges by their ends. */
export function diffCalloutsAndEdges(base: RoadmapDocument, head: RoadmapDocument): Change[] {
  const changes: Change[] = [];
  const before = new Map((base.callouts ?? []).map((c) => [c.url, c]));
  const after = new Map((head.callouts ?? []).map((c) => [c.url, c]));
  for (const callout of after.values()) {
    const old = before.get(callout.url);
    const push = (kind: Change['kind'], message: string) =>
      changes.push({ kind, target: 'callout', id: callout.url, label: callout.text, message });
    if (!old) push('added', `call-out added: ${callout.url}`);
    else if (!same(old, callout)) push('content', 'call-out text changed');
  }
  for (const callout of before.values()) {
    if (!after.has(callout.url))
      changes.push({
        kind: 'removed',
        target: 'callout',
        id: callout.url,
        label: callout.text,
        message: `call-out removed: ${callout.url}`,
      });
  }
  const key = (edge: { from: string; to: string }) => `${edge.from}->${edge.to}`;
  const edgesBefore = new Map((base.edges ?? []).map((e) => [key(e), e]));
  const edgesAfter = new Map((head.edges ?? []).map((e) => [key(e), e]));
  for (const [id, edge] of edgesAfter) {
    const old = edgesBefore.get(id);
    const push = (kind: Change['kind'], message: string) =>
      changes.push({ kind, target: 'edge', id, label: `${edge.from} → ${edge.to}`, message });
    if (!old) push('added', `${edge.style} edge added`);
    else if (old.style !== edge.style) push('changed', `edge ${old.style} → ${edge.style}`);
  }
  for (const [id, edge] of edgesBefore) {
    if (!edgesAfter.has(id))
      changes.push({
        kind: 'removed',
        target: 'edge',
        id,
        label: `${edge.from} → ${edge.to}`,
        message: `${edge.style} edge removed`,
      });
  }
  return changes;
}

/** FAQ entries matched by their question: added, removed, answer changed, moved. */
export function diffFaq(base: RoadmapDocument, head: RoadmapDocument): Change[] {
  const changes: Change[] = [];
  const questions = (doc: RoadmapDocument) => (doc.faq ?? []).map((entry) => entry.question);
  const before = new Map((base.faq ?? []).map((entry) => [entry.question, entry.answer]));
  const after = new Map((head.faq ?? []).map((entry) => [entry.question, entry.answer]));
  const moved = movedInOrder(questions(base), questions(head));
  const push = (kind: Change['kind'], question: string, message: string) =>
    changes.push({ kind, target: 'faq', id: question, label: question, message });
  for (const [question, answer] of after) {
    if (!before.has(question)) push('added', question, 'question added');
    else {
      if (before.get(question) !== answer) push('content', question, 'answer changed');
      if (moved.has(question))
        push(
          'moved',
          question,
          `moved from position ${questions(base).indexOf(question) + 1} to ${questions(head).indexOf(question) + 1}`,
        );
    }
  }
  for (const question of before.keys())
    if (!after.has(question)) push('removed', question, 'question removed');
  return changes;
}
