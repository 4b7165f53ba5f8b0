import { parseMarkdown } from '@roadmapkit/schema';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { type CleanOptions, cleanTree } from './clean-tree.js';

/**
 * Markdown (CommonMark + GFM, raw HTML shown as text) as an HTML fragment: the schema's
 * parse, every URL through the one cleaner, serialised by hast-util-to-html (which escapes
 * every text and attribute). Images become links to them, so the page loads nothing.
 */
export function markdownToHtml(markdown: string | Root, options: CleanOptions = {}): string {
  const tree = cleanTree(
    typeof markdown === 'string' ? parseMarkdown(markdown) : markdown,
    options,
  );
  return toHtml(toHast(tree));
}
