import type { Attachment } from './attach-subtopics.js';
import type { Frame } from './coordinates.js';
import type { DraftBox } from './draft.js';
import type { Rect } from './geometry.js';
import type { SubtopicInput, TopicInput } from './model-types.js';

export interface TreeParts {
  /** Topics in spine order. */
  readonly spine: readonly DraftBox[];
  /** Subtopics in reading order (top to bottom, then left to right). */
  readonly subtopics: readonly DraftBox[];
  readonly attachments: ReadonlyMap<string, Attachment>;
  readonly rect: (id: string) => Rect;
  readonly frame: Frame | undefined;
}

/** The topics of the document, in spine order, each with its subtopics. */
export function build(parts: TreeParts): TopicInput[] {
  const children = new Map<string, SubtopicInput[]>();
  for (const box of parts.subtopics) {
    const attachment = parts.attachments.get(box.id);
    if (attachment === undefined) continue;
    const list = children.get(attachment.topic) ?? [];
    list.push({ ...fields(box, parts), side: attachment.side });
    children.set(attachment.topic, list);
  }
  return parts.spine.map((box) => {
    const subtopics = children.get(box.id);
    return { ...fields(box, parts), ...(subtopics ? { subtopics } : {}) };
  });
}

function fields(box: DraftBox, parts: TreeParts): TopicInput {
  const rect = parts.rect(box.id);
  return {
    id: box.id,
    label: box.label,
    ...(box.legend === undefined ? {} : { legend: box.legend }),
    ...(box.badgeCorner === undefined ? {} : { badgeCorner: box.badgeCorner }),
    ...(box.url === undefined ? {} : { url: box.url }),
    ...(box.content === undefined ? {} : { content: box.content }),
    ...(box.fontSize === undefined ? {} : { fontSize: box.fontSize }),
    ...(box.padding === undefined ? {} : { padding: box.padding }),
    ...(parts.frame === undefined
      ? {}
      : { position: parts.frame.point(rect), size: parts.frame.size(rect) }),
  };
}
