import { escapeXml, safeHref, xmlSafeText } from '../escape.js';

/** User text as escaped HTML text (or attribute value). */
export function text(value: string): string {
  return escapeXml(xmlSafeText(value));
}

/** A link when the URL is one a browser may follow, else the label as text. */
export function linkOr(label: string, url: string | undefined): string {
  const href = safeHref(url);
  return href === undefined ? text(label) : `<a href="${escapeXml(href)}">${text(label)}</a>`;
}
