import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { xmlSafeMarkdown } from './xml-safe.js';

/** Raw HTML is not a construct at all: `<b>` and `<script>` stay literal text. */
const NO_RAW_HTML = { disable: { null: ['htmlFlow', 'htmlText'] } };

/**
 * Parses a Markdown text (descriptions, FAQ answers, paragraphs) as CommonMark + GFM into an
 * mdast tree, with raw HTML switched off. Every output format (HTML, the Markdown outline, the
 * plain text of a picture, JSON-LD) is made from this one tree. Characters XML cannot carry
 * are removed first. Link targets are as written: each writer passes them through its own
 * URL cleaner.
 */
export function parseMarkdown(markdown: string): Root {
  return fromMarkdown(xmlSafeMarkdown(markdown), {
    extensions: [gfm(), NO_RAW_HTML],
    mdastExtensions: [gfmFromMarkdown()],
  });
}
