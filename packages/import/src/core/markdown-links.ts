import { urlScheme } from '@roadmapkit/schema';

const SAFE = new Set(['http', 'https', 'mailto']);

/** Inline links and images: `[text](url "title")`, `![alt](url)` (one level of parentheses). */
const INLINE =
  /(!?)\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** Autolinks: `<scheme:…>`. */
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>]*)>/g;
/** Link reference definitions: `[id]: url`. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t].*)?$/gm;

function unsafe(url: string): string | undefined {
  const scheme = urlScheme(url);
  return scheme !== undefined && !SAFE.has(scheme) ? scheme : undefined;
}

/**
 * Markdown with every link whose URL is not http(s), mailto or relative taken out: an
 * inline link or image keeps its text, an autolink or link definition goes.
 * `onDrop` hears the scheme of each one removed.
 */
export function dropUnsafeLinks(markdown: string, onDrop: (scheme: string) => void): string {
  const check = (url: string, keep: string, whole: string) => {
    const scheme = unsafe(url);
    if (scheme === undefined) return whole;
    onDrop(scheme);
    return keep;
  };
  return markdown
    .replace(INLINE, (whole, _bang: string, text: string, url: string) => check(url, text, whole))
    .replace(AUTOLINK, (whole, url: string) => check(url, '', whole))
    .replace(DEFINITION, (whole, url: string) => check(url, '', whole));
}
