import { z } from 'zod';
import { label, markdown, url } from './primitives.js';

/** The kinds of learning resources a topic can point to. */
export const RESOURCE_TYPES = [
  'official',
  'opensource',
  'article',
  'course',
  'podcast',
  'video',
  'book',
] as const;

export const resource = z
  .strictObject({
    type: z.enum(RESOURCE_TYPES),
    title: label.meta({
      description: 'The title of the resource, shown as its link text.',
      examples: ['HTTP overview', 'The Twelve-Factor App'],
    }),
    url: url.meta({
      description: 'Where the resource is: an http(s) link (or a relative one).',
      examples: ['https://developer.mozilla.org/en-US/docs/Web/HTTP/Overview'],
    }),
  })
  .describe('A typed learning resource.');

const MARKDOWN_NOTE =
  'in Markdown (CommonMark and GitHub tables, lists, code; raw HTML is not allowed)';

/** What a reader sees when they open a topic: a description and resources. */
export const content = z
  .strictObject({
    description: markdown.optional().meta({
      description: `What the topic is about, ${MARKDOWN_NOTE}; shown when a reader opens the topic.`,
      examples: ['**HTTP** is the protocol of the web: requests, responses and status codes.'],
    }),
    resources: z.array(resource).optional(),
  })
  .describe('A markdown description and typed resources.');
