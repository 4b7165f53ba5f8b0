import { escapeXml, safeHref, xmlSafeText } from './escape.js';

/** Inline Markdown: `code`, **strong**, *emphasis*, [links](url). Everything else is text. */
function inline(text: string): string {
  const out: string[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*|_([^_]+)_|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.push(escapeXml(text.slice(last, match.index)));
    const [, code, strong, em, em2, label, url] = match;
    if (code !== undefined) out.push(`<code>${escapeXml(code)}</code>`);
    else if (strong !== undefined) out.push(`<strong>${inline(strong)}</strong>`);
    else if (em !== undefined || em2 !== undefined) out.push(`<em>${inline(em ?? em2 ?? '')}</em>`);
    else if (label !== undefined) {
      const href = safeHref(url);
      out.push(
        href === undefined ? escapeXml(label) : `<a href="${escapeXml(href)}">${inline(label)}</a>`,
      );
    }
    last = match.index + match[0].length;
  }
  out.push(escapeXml(text.slice(last)));
  return out.join('');
}

/**
 * A safe subset of Markdown as HTML: paragraphs, bullet and numbered lists, inline code,
 * strong, emphasis and links (http, https, mailto or relative only). Raw HTML in the
 * source is shown as text, never passed through.
 */
export function markdownToHtml(markdown: string): string {
  const blocks = xmlSafeText(markdown)
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n\s*\n/);
  return blocks
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((line) => /^\s*[-*+]\s+/.test(line))) {
        return `<ul>${lines.map((line) => `<li>${inline(line.replace(/^\s*[-*+]\s+/, ''))}</li>`).join('')}</ul>`;
      }
      if (lines.every((line) => /^\s*\d+[.)]\s+/.test(line))) {
        return `<ol>${lines.map((line) => `<li>${inline(line.replace(/^\s*\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
      }
      return `<p>${inline(lines.map((line) => line.trim()).join(' '))}</p>`;
    })
    .join('\n');
}

/** The plain text of a Markdown string (for descriptions in metadata and JSON-LD). */
export function markdownToText(markdown: string): string {
  return xmlSafeText(markdown)
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
