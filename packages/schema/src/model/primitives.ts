import { z } from 'zod';
import { LIMITS } from '../limits.js';
import { PALETTE_NAMES } from './palette.js';

/** A node, legend or checklist item id: letters, digits, `-` and `_`, starting with a letter or digit. */
export const nodeId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    error:
      'expected an id of letters, digits, "-" and "_" (at most 64, starting with a letter or digit)',
  })
  .describe('An id: letters, digits, "-" and "_", starting with a letter or digit.');

/** The document id: a lower-case slug such as `backend` or `devops-beginner`. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a lower-case slug such as "backend" or "system-design"',
  })
  .max(64)
  .describe('A lower-case slug such as "backend".');

/** A one-line label shown in a box. Emptiness and length are checked by the rules. */
export const label = z.string().max(LIMITS.maxLabelLength).describe('The text shown in the box.');

/** Markdown text: descriptions, FAQ answers, paragraphs. */
export const markdown = z.string().max(LIMITS.maxMarkdownLength).describe('Markdown text.');

/** A link. Only http(s), mailto and relative links are accepted (checked by the url rule). */
export const url = z
  .string()
  .min(1)
  .max(LIMITS.maxUrlLength)
  .describe('An http(s), mailto or relative URL.');

/** A colour: `#rgb`, `#rrggbb` or a name from the palette. */
export const color = z
  .string()
  .regex(new RegExp(`^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|${PALETTE_NAMES.join('|')})$`), {
    error: `expected a hex colour (#rgb or #rrggbb) or a palette name (${PALETTE_NAMES.join(', ')})`,
  })
  .describe('A hex colour (#rgb or #rrggbb) or a palette name.');

/** A fill or border: a colour as in {@link color}, or `none` for no paint at all. */
export const paint = z
  .string()
  .regex(new RegExp(`^(?:#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|none|${PALETTE_NAMES.join('|')})$`), {
    error: `expected a hex colour (#rgb or #rrggbb), a palette name (${PALETTE_NAMES.join(', ')}) or none`,
  })
  .describe('A hex colour (#rgb or #rrggbb), a palette name, or none.');

const coordinate = z.number().min(-LIMITS.maxCoordinate).max(LIMITS.maxCoordinate);
const extent = z.number().positive().max(LIMITS.maxCoordinate);

/** A pinned top-left position, in px. */
export const point = z
  .strictObject({ x: coordinate, y: coordinate })
  .describe('A pinned top-left position, in px.');

/** A pinned size, in px. */
export const size = z
  .strictObject({ width: extent, height: extent })
  .describe('A pinned size, in px.');
