import type { IssueLog } from '../import-issue.js';
import { spread, stackNeighbours } from './box-stacks.js';
import type { DraftBox, DraftLink } from './draft.js';
import { type BoxSide, center, contains, nearest, type Rect, rectToRect } from './geometry.js';

export type TreeSide = 'left' | 'right';

/** The signal a subtopic's parent was read from, strongest first. */
export type ParentSignal = 'edge' | 'tree-key' | 'stack' | 'section' | 'nearest';

/** Where a subtopic hangs: its topic, the side of the spine it sits on, and why. */
export interface Attachment {
  readonly topic: string;
  readonly side: TreeSide;
  readonly signal: ParentSignal;
}

/** A section box of the source, which may enclose the subtopics of one topic. */
export interface SectionBox {
  readonly id: string;
  readonly rect: Rect;
}

interface Candidate {
  readonly topic: string;
  readonly topicSide: BoxSide | undefined;
  readonly subtopicSide: BoxSide | undefined;
}

export interface AttachInput {
  readonly topics: readonly DraftBox[];
  readonly subtopics: readonly DraftBox[];
  readonly links: readonly DraftLink[];
  readonly sections: readonly SectionBox[];
  readonly rectOf: (id: string) => Rect;
  readonly log: IssueLog;
}

/**
 * Hangs every subtopic from a topic, reading every signal the source has, strongest first:
 * an edge between the two (the nearest topic when edges join it to several); the source's
 * own tree (`treeKey`); a stack of touching or aligned subtopics, one of which is joined;
 * a section enclosing it that an edge joins to a topic, or that encloses joined subtopics
 * of one topic or one topic itself; an edge to a joined subtopic. Only then the nearest
 * topic, which is a guess: one warning counts them.
 */
export function attachSubtopics(input: AttachInput): Map<string, Attachment> {
  const { topics, subtopics, links, sections, rectOf, log } = input;
  const topicIds = new Set(topics.map((topic) => topic.id));
  const subtopicIds = new Set(subtopics.map((subtopic) => subtopic.id));
  const chosen = new Map<string, Candidate & { signal: ParentSignal }>();

  const linked = new Map<string, Candidate[]>();
  for (const link of links) {
    if (topicIds.has(link.from) && subtopicIds.has(link.to))
      push(linked, link.to, {
        topic: link.from,
        topicSide: link.fromSide,
        subtopicSide: link.toSide,
      });
    else if (topicIds.has(link.to) && subtopicIds.has(link.from))
      push(linked, link.from, {
        topic: link.to,
        topicSide: link.toSide,
        subtopicSide: link.fromSide,
      });
  }
  for (const [subtopic, list] of linked) {
    const rect = rectOf(subtopic);
    const best = list.reduce((a, b) =>
      rectToRect(rect, rectOf(b.topic)) < rectToRect(rect, rectOf(a.topic)) ? b : a,
    );
    chosen.set(subtopic, { ...best, signal: 'edge' });
  }
  const infer = (id: string, topic: string, signal: ParentSignal) => {
    if (!chosen.has(id))
      chosen.set(id, { topic, topicSide: undefined, subtopicSide: undefined, signal });
  };

  const byKey = new Map<string, string>();
  for (const topic of topics)
    if (topic.treeKey) byKey.set(topic.treeKey.split(':')[0] ?? '', topic.id);
  for (const subtopic of subtopics) {
    const parts = subtopic.treeKey?.split(':') ?? [];
    const topic = parts.length > 1 ? byKey.get(parts[0] ?? '') : undefined;
    if (topic !== undefined) infer(subtopic.id, topic, 'tree-key');
  }

  const ids = subtopics.map((subtopic) => subtopic.id);
  const stacks = stackNeighbours(ids, rectOf);
  const subLinks = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const link of links)
    if (subtopicIds.has(link.from) && subtopicIds.has(link.to)) {
      subLinks.get(link.from)?.push(link.to);
      subLinks.get(link.to)?.push(link.from);
    }
  const inside = sections.map((section) => ({
    section,
    subtopics: ids.filter((id) => contains(section.rect, center(rectOf(id)))),
    topics: topics.filter((t) => contains(section.rect, center(rectOf(t.id)))).map((t) => t.id),
    joined: [
      ...new Set(
        links.flatMap((link) =>
          link.from === section.id && topicIds.has(link.to)
            ? [link.to]
            : link.to === section.id && topicIds.has(link.from)
              ? [link.from]
              : [],
        ),
      ),
    ],
  }));

  for (let changed = true; changed; ) {
    const before = chosen.size;
    const known = () => new Map([...chosen].map(([id, c]) => [id, c.topic]));
    for (const [id, topic] of spread(known(), stacks)) infer(id, topic, 'stack');
    for (const { subtopics: members, topics: enclosed, joined } of inside) {
      const open = members.filter((id) => !chosen.has(id));
      if (open.length === 0) continue;
      const parents = new Set(members.flatMap((id) => chosen.get(id)?.topic ?? []));
      const topic =
        joined.length === 1
          ? joined[0]
          : parents.size === 1
            ? [...parents][0]
            : enclosed.length === 1 && parents.size === 0
              ? enclosed[0]
              : undefined;
      if (topic !== undefined) for (const id of open) infer(id, topic, 'section');
    }
    for (const [id, topic] of spread(known(), subLinks)) infer(id, topic, 'edge');
    changed = chosen.size > before;
  }

  const guessed: string[] = [];
  for (const subtopic of subtopics) {
    if (chosen.has(subtopic.id)) continue;
    const topic = nearest(rectOf(subtopic.id), topics, (t) => rectOf(t.id));
    if (topic === undefined) continue;
    infer(subtopic.id, topic.id, 'nearest');
    guessed.push(subtopic.name);
  }
  if (guessed.length > 0) {
    const shown = guessed.slice(0, 5).join(', ');
    log.warn(
      'unattached-subtopic',
      [],
      `${guessed.length} of ${subtopics.length} subtopics are joined to no topic by an edge, the source's tree, a stack or a section; attached each to the nearest topic, a guess to check: ${shown}${guessed.length > 5 ? ', …' : ''}`,
    );
  }

  const out = new Map<string, Attachment>();
  for (const subtopic of subtopics) {
    const c = chosen.get(subtopic.id);
    if (c === undefined) continue;
    const side = sideOf(c, rectOf(subtopic.id), rectOf(c.topic));
    out.set(subtopic.id, { topic: c.topic, side, signal: c.signal });
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

function sideOf(candidate: Candidate, subtopic: Rect, topic: Rect): TreeSide {
  if (candidate.topicSide === 'left' || candidate.topicSide === 'right') return candidate.topicSide;
  if (candidate.subtopicSide === 'right') return 'left';
  if (candidate.subtopicSide === 'left') return 'right';
  return center(subtopic).x < center(topic).x ? 'left' : 'right';
}
