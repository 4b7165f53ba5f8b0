import type { Nodes, Root } from 'mdast';
import { parseMarkdown } from './parse-markdown.js';

/** The words of an inline run: text, code and image descriptions; a hard break is a space. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return node.children.map((child) => inlineText(child as Nodes)).join('');
  return '';
}

/** One line per leaf block (paragraph, heading, list item text, table row, code line). */
function blockLines(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      out.push(inlineText(node));
      return;
    case 'code':
      out.push(...node.value.split('\n'));
      return;
    case 'tableRow':
      out.push(node.children.map((cell) => inlineText(cell)).join(' '));
      return;
    case 'definition':
    case 'thematicBreak':
    case 'html':
      return;
    default:
      if ('children' in node) for (const child of node.children) blockLines(child as Nodes, out);
  }
}

/**
 * The text a reader sees in Markdown, one line per block (paragraph, heading, list item,
 * table row): markers, emphasis and link targets go, link and image texts stay, soft line
 * breaks become spaces. Takes the text or its parse from {@link parseMarkdown}.
 */
export function markdownText(markdown: string | Root): string {
  const lines: string[] = [];
  blockLines(typeof markdown === 'string' ? parseMarkdown(markdown) : markdown, lines);
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
