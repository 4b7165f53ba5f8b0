import { cleanText, safeUrl } from '@roadmapkit/schema';

/** Escapes text for XML and HTML text and attribute values (both quote kinds). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const XML_REFERENCE = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const XML_NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Text or an attribute value as an XML parser reads it: character references and the five
 * predefined entities decoded, in one pass (`&amp;lt;` is the text `&lt;`). A reference past
 * U+10FFFF reads as nothing.
 */
export function decodeXml(text: string): string {
  return text.replace(XML_REFERENCE, (_, hex?: string, dec?: string, name?: string) => {
    if (name !== undefined) return XML_NAMED[name] as string;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * Removes characters XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF), so a hostile label cannot make the output ill-formed. The same cleaning
 * as schema's `cleanText`, which every text field goes through.
 */
export function xmlSafeText(text: string): string {
  return cleanText(text);
}

/**
 * The URL to write as a link, or undefined when it may not be one. The URL is cleaned once
 * (schema's `cleanUrl`: every character that is later removed or ignored goes), the cleaned
 * value is judged (http, https, mailto or a same-site relative path) and the cleaned value is
 * what is returned, so `java\0script:` can never be written as `javascript:`. Every link we
 * write (SVG, HTML page, Markdown, PDF) goes through here.
 */
export function safeHref(url: string | undefined): string | undefined {
  return safeUrl(url);
}
