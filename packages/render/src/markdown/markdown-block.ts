import { parseMarkdown } from '@roadmapkit/schema';
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { cleanTree } from './clean-tree.js';

/**
 * Markdown written back from the schema's parse, for the outline: links cleaned, headings
 * moved below the outline's own (`headingOffset`), raw HTML escaped so it stays text.
 */
export function markdownBlock(markdown: string | Root, headingOffset: number): string {
  const tree = cleanTree(typeof markdown === 'string' ? parseMarkdown(markdown) : markdown, {
    headingOffset,
    images: 'keep',
  });
  return toMarkdown(tree, {
    bullet: '-',
    emphasis: '_',
    fences: true,
    rule: '-',
    extensions: [gfmToMarkdown()],
  }).trim();
}
