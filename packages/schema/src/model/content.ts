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
    title: label,
    url,
  })
  .describe('A typed learning resource.');

/** What a reader sees when they open a topic: a description and resources. */
export const content = z
  .strictObject({
    description: markdown.optional(),
    resources: z.array(resource).optional(),
  })
  .describe('A markdown description and typed resources.');
