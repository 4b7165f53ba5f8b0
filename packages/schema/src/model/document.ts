import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from '../limits.js';
import { legendItem } from './legend.js';
import { edge, element, topic } from './nodes.js';
import { label, markdown, nodeId, point, slug, url } from './primitives.js';
import { theme } from './theme.js';

export const author = z.strictObject({
  name: label.meta({
    description: 'The name of an author, as the page credits them.',
    examples: ['Ada Lovelace'],
  }),
  url: url.optional().meta({
    description: "A link to the author's page or profile.",
    examples: ['https://example.com/ada'],
  }),
});

export const faqEntry = z
  .strictObject({
    question: label.meta({
      description: 'The question, shown as a heading of the FAQ under the roadmap.',
      examples: ['What does a backend developer do?'],
    }),
    answer: markdown.meta({
      description:
        'The answer in Markdown (CommonMark and GitHub tables, lists, code; raw HTML is not allowed).',
    }),
  })
  .describe('A question and its markdown answer, shown under the roadmap.');

export const callout = z
  .strictObject({
    text: label.meta({
      description: 'The line of text shown near the title, before its link.',
      examples: ['A longer version of this roadmap, with a page for each topic'],
    }),
    url: url.meta({
      description: 'Where the call-out links to.',
      examples: ['https://example.com/roadmaps'],
    }),
    linkLabel: label.optional().describe('The text of the link (default: the URL).'),
  })
  .describe('A call-out: a line of text with a link, shown near the title.');

/** The fixed words of the pictures and the page that a document may translate itself. */
export const UI_MESSAGE_KEYS = [
  'legend',
  'topics',
  'faq',
  'resources',
  'contents',
  'roadmap',
] as const;

/** The reader page's own words (buttons, search, panel) that `messages` can also set. */
export const PAGE_WORD_KEYS = [
  'skipLink',
  'about',
  'search',
  'searchPlaceholder',
  'searchResults',
  'zoom',
  'zoomIn',
  'zoomOut',
  'fitWidth',
  'fitPage',
  'more',
  'theme',
  'themeSystem',
  'themeLight',
  'themeDark',
  'exportProgress',
  'importProgress',
  'keys',
  'close',
  'marks',
  'done',
  'learning',
  'skip',
  'reset',
  'subtopics',
  'noDescription',
] as const;

export const locale = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
    error: 'expected a BCP 47 language tag such as en, zh-Hans, pt-BR or ar',
  })
  .describe(
    'The language of the text (BCP 47): sets lang and dir, picks CJK glyph forms and the language of the fixed words.',
  );

/** The whole roadmap document, version 1. */
export const roadmapDocument = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema editors use to check this file.'),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: slug.meta({
      description:
        "The id of the roadmap: a lower-case slug, used in file names and to keep a reader's progress apart from other roadmaps.",
    }),
    title: label.meta({
      description:
        'The title of the roadmap, drawn at the top of the picture and used as the page title.',
    }),
    locale: locale.optional(),
    messages: z
      .partialRecord(z.enum([...UI_MESSAGE_KEYS, ...PAGE_WORD_KEYS]), z.string().min(1).max(400))
      .optional()
      .describe(
        'Your own words for the fixed words, over the locale’s: the section words (legend, topics, faq, resources, contents, roadmap) and the reader page’s buttons and labels (done, learning, skip, reset, search, searchPlaceholder, close, fitWidth, …).',
      ),
    description: markdown.optional().meta({
      description:
        'What a reader learns by following the roadmap, in Markdown: shown under the title and used as the page description.',
      examples: ['What to learn, in order, to build the server side of web applications.'],
    }),
    authors: z.array(author).optional(),
    license: z.string().max(100).optional().describe('An SPDX licence id such as CC-BY-SA-4.0.'),
    updated: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }).optional(),
    tags: z.array(z.string().min(1).max(50)).optional(),
    layout: z
      .enum(['auto', 'manual'])
      .default('auto')
      .describe('auto: positions are computed (pinned ones kept); manual: every node is pinned.'),
    treeEdges: z
      .enum(['drawn', 'hidden'])
      .optional()
      .describe(
        "drawn (default): the tree's own edges (spine, topic to subtopic) are drawn. hidden: in a manual layout only the edges written in `edges` are drawn and the tree is data only (as in an imported picture); an auto layout still draws the tree.",
      ),
    theme: theme.optional(),
    legend: z.array(legendItem).optional(),
    legendPosition: point
      .optional()
      .describe(
        "Where the legend box's top-left is, in px, in a manual layout (as authored in an imported picture); default: beside the title. An auto layout places the legend itself.",
      ),
    callouts: z.array(callout).optional(),
    spine: z
      .array(nodeId)
      .optional()
      .describe('The topic ids from top to bottom (default: every topic, in the order written).'),
    topics: z.array(topic).min(1, { error: 'expected at least one topic' }),
    elements: z.array(element).optional(),
    edges: z.array(edge).optional(),
    drawOrder: z
      .array(nodeId)
      .optional()
      .describe(
        'The order boxes are drawn in, bottom first, as authored (an imported picture keeps its source z-order); boxes not listed follow in reading order.',
      ),
    faq: z.array(faqEntry).optional(),
  })
  .describe('A roadmapkit roadmap document.');

/** A roadmap document as written (defaults not yet applied). */
export type RoadmapDocumentInput = z.input<typeof roadmapDocument>;
/** A valid roadmap document, with defaults applied. */
export type RoadmapDocument = z.output<typeof roadmapDocument>;
