import { parseMarkdown } from '@roadmapkit/schema';
import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { type CleanOptions, cleanTree } from './clean-tree.js';

export interface HtmlMarkdownOptions extends CleanOptions {
  /** Put before the ids the Markdown makes (footnotes), so many texts share one page. */
  readonly idPrefix?: string;
}

/**
 * Markdown (CommonMark + GFM, raw HTML shown as text) as an HTML fragment: the schema's
 * parse, every URL through the one cleaner, serialised by hast-util-to-html (which escapes
 * every text and attribute). Images become links to them, so the page loads nothing.
 */
export function markdownToHtml(markdown: string | Root, options: HtmlMarkdownOptions = {}): string {
  const tree = cleanTree(
    typeof markdown === 'string' ? parseMarkdown(markdown) : markdown,
    options,
  );
  const prefix = options.idPrefix ?? '';
  const hast = toHast(tree, {
    clobberPrefix: `${prefix}user-content-`,
    footnoteLabelProperties: { className: ['visually-hidden'] },
  });
  // The footnote heading's id is fixed by mdast-util-to-hast: prefix it and its references.
  const label = (value: unknown) => (value === 'footnote-label' ? `${prefix}${value}` : value);
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      const p = node.properties;
      if (p.id !== undefined) p.id = label(p.id) as string;
      if (Array.isArray(p.ariaDescribedBy))
        p.ariaDescribedBy = p.ariaDescribedBy.map(label) as string[];
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(hast);
  return toHtml(hast);
}
