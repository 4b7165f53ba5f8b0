import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { safeHref } from '../escape.js';

export interface CleanOptions {
  /** Added to every heading's depth (capped at 6), so a description nests under its topic. */
  readonly headingOffset?: number;
  /** What an image becomes: a link to it (default; the page loads nothing) or kept. */
  readonly images?: 'link' | 'keep';
}

/**
 * A copy of a Markdown tree that is safe to write: every link, image and definition URL
 * goes through {@link safeHref} and the cleaned value is the one kept; a link whose URL is
 * refused becomes its text; headings move down by `headingOffset`.
 */
export function cleanTree(tree: Root, options: CleanOptions = {}): Root {
  const offset = options.headingOffset ?? 0;
  const clean = (node: Nodes): RootContent[] => {
    switch (node.type) {
      case 'link': {
        const url = safeHref(node.url);
        const children = node.children.flatMap(clean) as PhrasingContent[];
        return url === undefined ? children : [{ ...node, url, children }];
      }
      case 'image': {
        const url = safeHref(node.url);
        if (url === undefined) return node.alt ? [{ type: 'text', value: node.alt }] : [];
        if (options.images === 'keep') return [{ ...node, url }];
        return [{ type: 'link', url, children: [{ type: 'text', value: node.alt || url }] }];
      }
      case 'definition': {
        const url = safeHref(node.url);
        return [{ ...node, url: url ?? '' }];
      }
      case 'heading':
        return [
          {
            ...node,
            depth: Math.min(6, node.depth + offset) as 1 | 2 | 3 | 4 | 5 | 6,
            children: node.children.flatMap(clean) as PhrasingContent[],
          },
        ];
      case 'root':
        return node.children.flatMap(clean);
      default:
        if ('children' in node)
          return [{ ...node, children: node.children.flatMap(clean) } as RootContent];
        return [node];
    }
  };
  return { type: 'root', children: tree.children.flatMap(clean) };
}
