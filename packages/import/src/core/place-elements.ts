import type { IssueLog } from '../import-issue.js';
import type { Frame } from './coordinates.js';
import type { DraftBox, DraftElement } from './draft.js';
import { center, contains, nearest, type Rect } from './geometry.js';
import type { ElementInput } from './model-types.js';
import { readableText } from './readable-text.js';

export interface ElementContext {
  /** Topics in spine order. */
  readonly spine: readonly DraftBox[];
  readonly rectOf: (id: string) => Rect;
  /** Manual layouts move every coordinate through the frame; auto layouts keep none. */
  readonly frame: Frame | undefined;
  readonly log: IssueLog;
}

/**
 * The elements as the document writes them. A section frames the topics whose centre
 * lies inside it. In a manual layout every element is pinned; in an auto layout elements
 * carry `near` (the nearest topic) instead; what only a position can place is dropped with a
 * warning: lines, and the box of a section that frames no topic (its label is kept as a
 * label element, a note).
 */
export function placeElements(
  drafts: readonly DraftElement[],
  context: ElementContext,
): ElementInput[] {
  const { spine, rectOf, frame, log } = context;
  const out: ElementInput[] = [];
  for (const draft of drafts) {
    const element = draft.element;
    const rect = rectOf(draft.id);
    if (element.kind === 'line') {
      if (frame === undefined) {
        log.warn(
          'dropped-node',
          draft.path,
          `${draft.name} is a free-standing line, which an auto layout cannot place; dropped it`,
        );
        continue;
      }
      out.push({ ...element, from: frame.point(element.from), to: frame.point(element.to) });
      continue;
    }
    let placed: ElementInput = element;
    if (element.kind === 'section') {
      const topics = spine.filter((topic) => contains(rect, center(rectOf(topic.id))));
      if (topics.length > 0) placed = { ...element, topics: topics.map((topic) => topic.id) };
      else if (frame === undefined) {
        // Its box can only be drawn where it was; its label is kept as a note.
        const { label, color, fontSize } = element;
        if (label === undefined) {
          log.warn(
            'dropped-node',
            draft.path,
            `${draft.name} frames no topic and has no label, so an auto layout has nothing of it to place; dropped it`,
          );
          continue;
        }
        log.warn(
          'dropped-node',
          draft.path,
          `${draft.name} frames no topic, so an auto layout cannot place its box; kept its label as a note`,
        );
        placed = {
          kind: 'label',
          id: element.id,
          label,
          ...(color === undefined ? {} : { color }),
          ...(fontSize === undefined ? {} : { fontSize }),
        };
      }
    }
    if (frame !== undefined) {
      out.push(
        readable({ ...placed, position: frame.point(rect), size: frame.size(rect) }, draft, log),
      );
      continue;
    }
    if (placed.kind !== 'title' && placed.kind !== 'section' && placed.near === undefined) {
      const topic = nearest(rect, spine, (t) => rectOf(t.id));
      if (topic !== undefined) placed = { ...placed, near: topic.id };
    }
    out.push(readable(placed, draft, log));
  }
  return out;
}

/** The element with a text colour readable on its fill (WCAG AA), warning when it changed. */
function readable(element: ElementInput, draft: DraftElement, log: IssueLog): ElementInput {
  if (element.kind === 'line') return element;
  const { color, changed } = readableText(element.color, element.background);
  if (color === element.color || color === undefined) return element;
  if (changed)
    log.warn(
      'invalid-color',
      draft.path,
      `${draft.name}: its text colour ${element.color} is unreadable on ${element.background} (under the WCAG AA contrast of 4.5:1); wrote ${color} instead`,
    );
  return { ...element, color };
}
