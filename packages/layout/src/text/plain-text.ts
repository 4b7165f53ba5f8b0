import { markdownText } from '@roadmapkit/schema';

/**
 * The text a reader sees in a markdown paragraph, for measuring and drawing it as plain
 * lines: the schema's CommonMark + GFM parse, one line per block (paragraph, heading, list
 * item, table row); soft line breaks become spaces.
 */
export function plainText(markdown: string): string {
  return markdownText(markdown);
}
