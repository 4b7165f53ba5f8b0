import type { Box } from '../../positioned-roadmap.js';

/** A node or section of a manual document, where its author put it. */
export interface AuthoredItem {
  readonly id: string;
  readonly kind: 'tree' | 'element' | 'label' | 'section';
  readonly box: Box;
  /** Sections: whether the section names topics to frame. */
  readonly framesTopics?: boolean;
  /** Sections: whether the section has a label of its own. */
  readonly labelled?: boolean;
}

/** Boxes the author placed together, moved as one block with their offsets kept. */
export interface AuthoredGroup {
  /** The id the block is placed under: its first member's. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly members: ReadonlyArray<{ readonly id: string } & Box>;
}

export interface AuthoredGroups {
  readonly groups: readonly AuthoredGroup[];
  /** Section id → the label drawn as its caption, which becomes the section's label. */
  readonly captions: ReadonlyMap<string, string>;
  /** Section id → the topics and subtopics drawn inside it, which it frames. */
  readonly framed: ReadonlyMap<string, readonly string[]>;
}

/** Boxes this close (px) or closer belong together: stacked label pairs, a panel's buttons. */
const REACH = 8;

/**
 * What an automatic layout of a manual document keeps together, read from the authored
 * geometry: a section frames the tree boxes inside it, and a label on its top edge is its
 * caption; the other free boxes that overlap or nearly touch (a panel and its buttons, a
 * label with the link under it, a section that frames no tree box and what is on it) form
 * one block; a section alone is a block of its own, so it is kept.
 */
export function authoredGroups(items: readonly AuthoredItem[]): AuthoredGroups {
  const captions = new Map<string, string>();
  const framed = new Map<string, string[]>();
  const tree = items.filter((item) => item.kind === 'tree');
  const labels = items.filter((item) => item.kind === 'label');
  const taken = new Set<string>();
  for (const section of items.filter((item) => item.kind === 'section')) {
    const inside = section.framesTopics
      ? []
      : tree.filter((t) => holds(section.box, centre(t.box))).map((t) => t.id);
    if (inside.length > 0) framed.set(section.id, inside);
    if (!section.framesTopics && inside.length === 0) continue;
    if (section.labelled) continue;
    const caption = labels
      .filter((label) => !taken.has(label.id) && isCaption(label.box, section.box))
      .sort((a, b) => a.box.y - b.box.y)[0];
    if (caption) {
      captions.set(section.id, caption.id);
      taken.add(caption.id);
    }
  }
  const free = items.filter(
    (item) =>
      (item.kind === 'element' || item.kind === 'label' || item.kind === 'section') &&
      !taken.has(item.id) &&
      !framed.has(item.id) &&
      !(item.kind === 'section' && item.framesTopics),
  );
  const parent = free.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (let i = 0; i < free.length; i++)
    for (let j = i + 1; j < free.length; j++) {
      const [a, b] = [free[i], free[j]];
      if (a && b && near(a.box, b.box)) parent[find(j)] = find(i);
    }
  const components = new Map<number, AuthoredItem[]>();
  free.forEach((item, i) => {
    const root = find(i);
    const list = components.get(root);
    if (list) list.push(item);
    else components.set(root, [item]);
  });
  const groups: AuthoredGroup[] = [];
  for (const members of components.values()) {
    const first = members[0];
    if (!first || (members.length < 2 && first.kind !== 'section')) continue;
    const x = Math.min(...members.map((m) => m.box.x));
    const y = Math.min(...members.map((m) => m.box.y));
    const right = Math.max(...members.map((m) => m.box.x + m.box.width));
    const bottom = Math.max(...members.map((m) => m.box.y + m.box.height));
    groups.push({
      id: first.id,
      width: right - x,
      height: bottom - y,
      members: members.map((m) => ({ ...m.box, id: m.id, x: m.box.x - x, y: m.box.y - y })),
    });
  }
  return { groups, captions, framed };
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function holds(box: Box, point: { x: number; y: number }): boolean {
  return (
    point.x >= box.x &&
    point.x <= box.x + box.width &&
    point.y >= box.y &&
    point.y <= box.y + box.height
  );
}

/** A label across a section's top edge, or just inside it, within its width. */
function isCaption(label: Box, section: Box): boolean {
  const middle = centre(label);
  return (
    middle.x >= section.x &&
    middle.x <= section.x + section.width &&
    label.y + label.height >= section.y &&
    label.y <= section.y + Math.min(section.height / 3, label.height)
  );
}

function near(a: Box, b: Box): boolean {
  return (
    a.x <= b.x + b.width + REACH &&
    b.x <= a.x + a.width + REACH &&
    a.y <= b.y + b.height + REACH &&
    b.y <= a.y + a.height + REACH
  );
}
