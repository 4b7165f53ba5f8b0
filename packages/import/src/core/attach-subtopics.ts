import type { IssueLog } from '../import-issue.js';
import type { DraftBox, DraftLink } from './draft.js';
import { type BoxSide, center, nearest, type Rect, rectToRect } from './geometry.js';

export type TreeSide = 'left' | 'right';

/** Where a subtopic hangs: its topic and the side of the spine it sits on. */
export interface Attachment {
  readonly topic: string;
  readonly side: TreeSide;
}

interface Candidate {
  readonly topic: string;
  readonly topicSide: BoxSide | undefined;
  readonly subtopicSide: BoxSide | undefined;
}

/**
 * Hangs every subtopic from a topic: the topic a link joins it to (the nearest one when
 * links join it to several), else the nearest topic by geometry, with a warning. The side
 * comes from the handle on the topic, else the handle on the subtopic, else from where the
 * subtopic is relative to the topic.
 */
export function attachSubtopics(
  topics: readonly DraftBox[],
  subtopics: readonly DraftBox[],
  links: readonly DraftLink[],
  rectOf: (id: string) => Rect,
  log: IssueLog,
): Map<string, Attachment> {
  const topicIds = new Set(topics.map((topic) => topic.id));
  const subtopicIds = new Set(subtopics.map((subtopic) => subtopic.id));
  const candidates = new Map<string, Candidate[]>();
  const add = (subtopic: string, candidate: Candidate) => {
    const list = candidates.get(subtopic) ?? [];
    list.push(candidate);
    candidates.set(subtopic, list);
  };
  for (const link of links) {
    if (topicIds.has(link.from) && subtopicIds.has(link.to))
      add(link.to, { topic: link.from, topicSide: link.fromSide, subtopicSide: link.toSide });
    else if (topicIds.has(link.to) && subtopicIds.has(link.from))
      add(link.from, { topic: link.to, topicSide: link.toSide, subtopicSide: link.fromSide });
  }
  const out = new Map<string, Attachment>();
  for (const subtopic of subtopics) {
    const rect = rectOf(subtopic.id);
    const linked = candidates.get(subtopic.id);
    let chosen: Candidate | undefined;
    if (linked !== undefined) {
      chosen = linked.reduce((best, next) =>
        rectToRect(rect, rectOf(next.topic)) < rectToRect(rect, rectOf(best.topic)) ? next : best,
      );
    } else {
      const topic = nearest(rect, topics, (t) => rectOf(t.id));
      if (topic === undefined) continue;
      chosen = { topic: topic.id, topicSide: undefined, subtopicSide: undefined };
      log.warn(
        'unattached-subtopic',
        subtopic.path,
        `${subtopic.name} is connected to no topic; attached it to the nearest topic, ${topic.name}`,
      );
    }
    out.set(subtopic.id, {
      topic: chosen.topic,
      side: sideOf(chosen, rect, rectOf(chosen.topic)),
    });
  }
  return out;
}

function sideOf(candidate: Candidate, subtopic: Rect, topic: Rect): TreeSide {
  if (candidate.topicSide === 'left' || candidate.topicSide === 'right') return candidate.topicSide;
  if (candidate.subtopicSide === 'right') return 'left';
  if (candidate.subtopicSide === 'left') return 'right';
  return center(subtopic).x < center(topic).x ? 'left' : 'right';
}
