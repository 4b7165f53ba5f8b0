import { z } from 'zod';
import { color } from './primitives.js';

/** The parts of the picture whose colour a document may set. */
export const THEME_ROLES = [
  'background',
  'text',
  'title',
  'topic',
  'topicText',
  'subtopic',
  'subtopicText',
  'border',
  'edge',
  'link',
  'section',
  'paragraph',
  'button',
  'buttonText',
] as const;

export type ThemeRole = (typeof THEME_ROLES)[number];

export const theme = z
  .strictObject({
    base: z
      .enum(['light', 'dark'])
      .optional()
      .describe('The built-in theme the colours start from.'),
    colors: z
      .partialRecord(z.enum(THEME_ROLES), color)
      .optional()
      .describe('Colours for parts of the picture: hex or palette names only.'),
  })
  .describe('Optional theme colours.');
