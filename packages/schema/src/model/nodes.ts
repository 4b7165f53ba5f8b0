import { z } from 'zod';
import { content } from './content.js';
import { legendReference } from './legend.js';
import { color, label, markdown, nodeId, paint, point, size, url } from './primitives.js';

export const SIDES = ['left', 'right'] as const;

/** Fields every node has. */
const placement = {
  position: point.optional(),
  size: size.optional(),
};

const inset = z.number().min(0).max(100);
/** The space between a box's border and its text, where it differs from the theme. */
const padding = z
  .strictObject({
    x: inset.describe('The space left and right of the text, in px.'),
    y: inset.describe('The space above and below the text, in px.'),
  })
  .optional()
  .describe(
    "The space between the box's border and its text, across (x) and down (y) in px (default: the theme's). An imported box keeps its editor's.",
  );

/** How the lines of a text sit in its box. */
const alignment = {
  textAlign: z
    .enum(['left', 'center', 'right'])
    .optional()
    .describe('How the lines sit across the box (default: left for text, centred for a label).'),
  verticalAlign: z
    .enum(['top', 'middle', 'bottom'])
    .optional()
    .describe('Where the text sits in a box taller than it (default: middle).'),
};

/** Fields of the boxes on the roadmap tree (topics and subtopics). */
const treeNode = {
  id: nodeId.meta({
    description: 'The id of the node, unique in the file: the spine, edges and links name it.',
    examples: ['internet', 'http-basics'],
  }),
  label: label.meta({
    description: 'The text shown in the box.',
    examples: ['How does the Internet work?'],
  }),
  ...legendReference,
  url: url.optional().describe('Where the box links to; without it, the box opens its content.'),
  content: content.optional(),
  fontSize: z
    .number()
    .min(1)
    .max(200)
    .optional()
    .describe('The font size of the label in px (default: the theme size of its kind).'),
  padding,
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
  fontSize?: number | undefined;
  padding?: { x: number; y: number } | undefined;
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

/** How an element looks where it differs from the theme; every field is optional. */
const appearance = {
  color: color.optional().describe('The text colour (default: the theme).'),
  background: paint.optional().describe('The fill: a colour, or none (default: the theme).'),
  borderColor: paint.optional().describe('The border: a colour, or none (default: the theme).'),
  fontSize: z.number().min(1).max(200).optional().describe('The font size in px.'),
  padding,
};

export const titleElement = z.strictObject({
  kind: z.literal('title'),
  id: nodeId,
  label,
  ...appearance,
  ...placement,
});

export const sectionElement = z.strictObject({
  kind: z.literal('section'),
  id: nodeId,
  label: label.optional(),
  topics: z
    .array(nodeId)
    .min(1)
    .optional()
    .describe(
      'The ids of the topics the section frames. Without topics, the section is a box drawn at its position and size.',
    ),
  ...appearance,
  ...placement,
});

export const paragraphElement = z.strictObject({
  kind: z.literal('paragraph'),
  id: nodeId,
  text: markdown.meta({
    description: 'The text of the paragraph, in Markdown; the picture draws it as plain text.',
    examples: ['Keep learning: the topics below build on each other.'],
  }),
  ...alignment,
  near,
  ...appearance,
  ...placement,
});

export const buttonElement = z.strictObject({
  kind: z.literal('button'),
  id: nodeId,
  label,
  url,
  badge: label.optional().describe('A short tag drawn on the button, such as "Free".'),
  near,
  ...appearance,
  ...placement,
});

export const checklistItem = z.strictObject({
  id: nodeId.meta({ description: 'The id of the checklist item, unique in the file.' }),
  label: label.meta({ description: 'The text of the checklist item, next to its box.' }),
});

export const checklistElement = z.strictObject({
  kind: z.literal('checklist'),
  id: nodeId,
  label: label.optional(),
  items: z.array(checklistItem).min(1),
  near,
  ...appearance,
  ...placement,
});

export const labelElement = z.strictObject({
  kind: z.literal('label'),
  id: nodeId,
  label,
  url: url.optional(),
  ...alignment,
  near,
  ...appearance,
  ...placement,
});

export const linkItem = z.strictObject({
  label: label.meta({ description: 'The text of the link.', examples: ['Official documentation'] }),
  url: url.meta({ description: 'Where the link goes.', examples: ['https://example.com/docs'] }),
});

export const linksElement = z
  .strictObject({
    kind: z.literal('links'),
    id: nodeId,
    label: label.optional().describe('The heading of the group.'),
    links: z.array(linkItem).min(1),
    near,
    ...appearance,
    ...placement,
  })
  .describe('A group of links under an optional heading.');

export const EDGE_STYLES = ['solid', 'dashed', 'dotted'] as const;

export const lineElement = z
  .strictObject({
    kind: z.literal('line'),
    id: nodeId,
    from: point.describe('Where the line starts, in px (the coordinates of pinned nodes).'),
    to: point.describe('Where the line ends, in px.'),
    style: z.enum(EDGE_STYLES).default('solid'),
    color: color.optional().describe('The stroke colour (default: the edge colour of the theme).'),
    width: z.number().positive().max(100).optional().describe('The stroke width in px.'),
  })
  .describe('A line drawn from one point to another, such as a divider.');

export const ELEMENT_KINDS = [
  'title',
  'section',
  'paragraph',
  'button',
  'checklist',
  'label',
  'links',
  'line',
] as const;

export const element = z
  .discriminatedUnion('kind', [
    titleElement,
    sectionElement,
    paragraphElement,
    buttonElement,
    checklistElement,
    labelElement,
    linksElement,
    lineElement,
  ])
  .describe('A node outside the topic tree.');

export const edge = z
  .strictObject({
    from: nodeId.meta({
      description: 'The id of the node the edge starts at.',
      examples: ['internet'],
    }),
    to: nodeId.meta({
      description: 'The id of the node the edge ends at.',
      examples: ['http-basics'],
    }),
    style: z.enum(EDGE_STYLES).default('solid'),
  })
  .describe("An edge the tree does not imply (the tree's own edges are derived).");
