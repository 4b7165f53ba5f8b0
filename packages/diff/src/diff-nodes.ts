import type { Change } from './change.js';
import { describeListChange } from './list-diff.js';
import { movedInOrder } from './moved-in-order.js';
import type { IndexedNode, NodeIndex } from './node-index.js';
import { quote, same } from './same.js';

type Fields = Record<string, unknown>;
interface Resource {
  type: string;
  title: string;
  url: string;
}
interface LinkItem {
  label: string;
  url: string;
}

/** Keys compared by their own rule; every other key that differs is reported as `changed`. */
const OWN_RULES = new Set([
  'id',
  'kind',
  'label',
  'side',
  'subtopics',
  'url',
  'content',
  'legend',
  'text',
  'links',
  'items',
]);

function place(parent: string | undefined, index: NodeIndex): string {
  if (parent === undefined) return 'the spine';
  const node = index.nodes.get(parent);
  return `under ${quote(node?.label ?? parent)}`;
}

/** Added, removed, renamed and moved nodes, then what changed inside each kept node. */
export function diffNodes(base: NodeIndex, head: NodeIndex): Change[] {
  const changes: Change[] = [];
  const push = (node: IndexedNode, kind: Change['kind'], message: string) =>
    changes.push({ kind, target: node.target, id: node.id, label: node.label, message });

  const reordered = new Map<string, Set<string>>();
  for (const [parent, after] of head.order) {
    const before = base.order.get(parent);
    if (before) reordered.set(parent, movedInOrder(before, after));
  }

  for (const node of head.nodes.values()) {
    const old = base.nodes.get(node.id);
    if (!old) {
      push(node, 'added', `added ${place(node.parent, head)}`);
      continue;
    }
    if (old.label !== node.label && (node.node as Fields).kind !== 'paragraph')
      push(node, 'renamed', `renamed ${quote(old.label)} → ${quote(node.label)}`);
    if (old.target === 'element' || node.target === 'element') {
      if (old.target !== node.target)
        push(node, 'moved', `moved from the ${old.target}s to the ${node.target}s`);
    } else if (old.parent !== node.parent) {
      push(node, 'moved', `moved from ${place(old.parent, base)} to ${place(node.parent, head)}`);
    } else if (old.side !== node.side && node.parent !== undefined) {
      push(
        node,
        'moved',
        `moved from the ${old.side ?? 'automatic'} side to the ${node.side ?? 'automatic'} side`,
      );
    } else if (reordered.get(node.parent ?? '')?.has(node.id)) {
      const siblings = (index: NodeIndex) => index.order.get(node.parent ?? '') ?? [];
      push(
        node,
        'moved',
        `moved from position ${siblings(base).indexOf(node.id) + 1} to ${siblings(head).indexOf(node.id) + 1} ${node.parent === undefined ? 'on the spine' : place(node.parent, head)}`,
      );
    }
    changes.push(...diffFields(old, node));
  }
  for (const node of base.nodes.values()) {
    if (!head.nodes.has(node.id)) push(node, 'removed', `removed from ${place(node.parent, base)}`);
  }
  return changes;
}

/** What changed inside a node kept in both versions: its content, resources, badge, links. */
function diffFields(old: IndexedNode, node: IndexedNode): Change[] {
  const changes: Change[] = [];
  const push = (kind: Change['kind'], message: string) =>
    changes.push({ kind, target: node.target, id: node.id, label: node.label, message });
  const a = old.node as Fields;
  const b = node.node as Fields;
  if (a.kind !== b.kind) push('changed', `kind ${String(a.kind)} → ${String(b.kind)}`);
  const aContent = (a.content ?? {}) as { description?: string; resources?: Resource[] };
  const bContent = (b.content ?? {}) as { description?: string; resources?: Resource[] };
  const description = textChange('description', aContent.description, bContent.description);
  if (description) push('content', description);
  const text = textChange('text', a.text as string | undefined, b.text as string | undefined);
  if (text) push('content', text);
  const resources = describeListChange(
    aContent.resources,
    bContent.resources,
    (r) => r.url,
    (r) => r.title,
  );
  if (resources) push('resources', `resources: ${resources}`);
  if (!same(a.items, b.items)) push('content', 'checklist items changed');
  if (a.legend !== b.legend) {
    push(
      'legend',
      a.legend === undefined
        ? `badge ${quote(String(b.legend))} added`
        : b.legend === undefined
          ? `badge ${quote(String(a.legend))} removed`
          : `badge ${quote(String(a.legend))} → ${quote(String(b.legend))}`,
    );
  }
  if (a.url !== b.url) {
    push(
      'link',
      a.url === undefined
        ? `link added: ${String(b.url)}`
        : b.url === undefined
          ? `link removed: ${String(a.url)}`
          : `link ${String(a.url)} → ${String(b.url)}`,
    );
  }
  const links = describeListChange(
    a.links as LinkItem[] | undefined,
    b.links as LinkItem[] | undefined,
    (l) => l.url,
    (l) => l.label,
  );
  if (links) push('link', `links: ${links}`);
  const other = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => !OWN_RULES.has(key) && !same(a[key], b[key]))
    .sort();
  if (other.length > 0) push('changed', `changed ${other.join(', ')}`);
  return changes;
}

function textChange(
  name: string,
  before: string | undefined,
  after: string | undefined,
): string | undefined {
  if (before === after) return undefined;
  if (before === undefined) return `${name} added`;
  if (after === undefined) return `${name} removed`;
  return `${name} changed`;
}
