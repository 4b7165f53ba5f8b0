import { z } from 'zod';
import { content } from './content.js';
import { legendReference } from './legend.js';
import { label, markdown, nodeId, point, size, url } from './primitives.js';

export const SIDES = ['left', 'right'] as const;

/** Fields every node has. */
const placement = {
  position: point.optional(),
  size: size.optional(),
};

/** Fields of the boxes on the roadmap tree (topics and subtopics). */
const treeNode = {
  id: nodeId,
  label,
  ...legendReference,
  url: url.optional().describe('Where the box links to; without it, the box opens its content.'),
  content: content.optional(),
  ...placement,
};

export interface SubtopicInput {
  id: string;
  label: string;
  side?: 'left' | 'right' | undefined;
  legend?: string | undefined;
  badgeCorner?: 'right-top' | 'left-top' | 'right-center' | 'left-center' | undefined;
  url?: string | undefined;
  content?: z.input<typeof content> | undefined;
  position?: z.input<typeof point> | undefined;
  size?: z.input<typeof size> | undefined;
  subtopics?: SubtopicInput[] | undefined;
}

export const subtopic: z.ZodType<SubtopicInput> = z.lazy(() =>
  z
    .strictObject({
      ...treeNode,
      side: z
        .enum(SIDES)
        .optional()
        .describe('Which side of its topic the subtopic sits on; nested ones follow their parent.'),
      subtopics: z.array(subtopic).optional(),
    })
    .describe('A subtopic: branches off its topic (or its parent subtopic) with a dashed edge.'),
);

export const topic = z
  .strictObject({
    ...treeNode,
    subtopics: z.array(subtopic).optional(),
  })
  .describe('A topic on the spine of the roadmap.');

/** Nodes outside the topic tree: placed beside `near`, pinned, or framed by a section. */
const near = nodeId.optional().describe('The id of the topic this element is placed beside.');

export const titleElement = z.strictObject({
  kind: z.literal('title'),
  id: nodeId,
  label,
  ...placement,
});

export const sectionElement = z.strictObject({
  kind: z.literal('section'),
  id: nodeId,
  label: label.optional(),
  topics: z.array(nodeId).min(1).describe('The ids of the topics the section frames.'),
  ...placement,
});

export const paragraphElement = z.strictObject({
  kind: z.literal('paragraph'),
  id: nodeId,
  text: markdown,
  near,
  ...placement,
});

export const buttonElement = z.strictObject({
  kind: z.literal('button'),
  id: nodeId,
  label,
  url,
  near,
  ...placement,
});

export const checklistItem = z.strictObject({ id: nodeId, label });

export const checklistElement = z.strictObject({
  kind: z.literal('checklist'),
  id: nodeId,
  label: label.optional(),
  items: z.array(checklistItem).min(1),
  near,
  ...placement,
});

export const labelElement = z.strictObject({
  kind: z.literal('label'),
  id: nodeId,
  label,
  url: url.optional(),
  near,
  ...placement,
});

export const ELEMENT_KINDS = [
  'title',
  'section',
  'paragraph',
  'button',
  'checklist',
  'label',
] as const;

export const element = z
  .discriminatedUnion('kind', [
    titleElement,
    sectionElement,
    paragraphElement,
    buttonElement,
    checklistElement,
    labelElement,
  ])
  .describe('A node outside the topic tree.');

export const EDGE_STYLES = ['solid', 'dashed', 'dotted'] as const;

export const edge = z
  .strictObject({
    from: nodeId,
    to: nodeId,
    style: z.enum(EDGE_STYLES).default('solid'),
  })
  .describe("An edge the tree does not imply (the tree's own edges are derived).");
