import { browserUrl, urlScheme } from '@roadmapkit/schema';

/** Escapes text for XML and HTML text and attribute values (both quote kinds). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Removes characters XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF), so a hostile label cannot make the output ill-formed.
 */
export function xmlSafeText(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The URL if a browser would follow it to a page: http(s), mailto or relative. Anything
 * else (javascript:, data:, vbscript:, …, however disguised) gives undefined. Documents are
 * validated already; this is the last line of defence at the point of output.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const scheme = urlScheme(url);
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) return undefined;
  return xmlSafeText(browserUrl(url));
}
