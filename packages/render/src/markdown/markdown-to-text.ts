import { markdownText } from '@roadmapkit/schema';
import type { Root } from 'mdast';

/** The plain text of Markdown on one line (metadata, JSON-LD): the schema's parse, no markers. */
export function markdownToText(markdown: string | Root): string {
  return markdownText(markdown).replace(/\n/g, ' ');
}
