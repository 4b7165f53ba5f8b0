import {
  decodeLinkTarget,
  judgeUrl,
  markdownLinkTargets,
  type UrlVerdict,
} from '@roadmapkit/schema';

/** Inline links and images: `[text](url "title")`, `![alt](url)` (one level of parentheses). */
const INLINE =
  /(!?)\[([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** Autolinks: `<scheme:…>`. */
const AUTOLINK = /<([^<>\s]+)>/g;
/** Link reference definitions: `[id]: url`. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:[ \t].*)?$/gm;

/** What a refused link is called in a warning: its scheme, or what is wrong with it. */
function refusal(verdict: UrlVerdict): string | undefined {
  if (verdict.ok) return undefined;
  const { refusal } = verdict;
  if (refusal.kind === 'scheme') return `"${refusal.scheme}:"`;
  return refusal.kind === 'other-host' ? 'other-host ("//host")' : 'malformed';
}

/**
 * Markdown with every link whose URL is not http(s), mailto or same-site relative (judged
 * after cleaning, as `validate` judges it) taken out: an inline link or image keeps its
 * text, an autolink or link definition goes. `onDrop` hears what each removed link was.
 * Whatever is left passes the schema's check of links in Markdown.
 */
export function dropUnsafeLinks(markdown: string, onDrop: (what: string) => void): string {
  const check = (url: string, keep: string, whole: string) => {
    const what = refusal(judgeUrl(decodeLinkTarget(url)));
    if (what === undefined) return whole;
    onDrop(what);
    return keep;
  };
  const text = markdown
    .replace(INLINE, (whole, _bang: string, label: string, url: string) => check(url, label, whole))
    .replace(AUTOLINK, (whole, url: string) => check(url, '', whole))
    .replace(DEFINITION, (whole, url: string) => check(url, '', whole));
  const left = markdownLinkTargets(text).find((target) => !judgeUrl(target).ok);
  if (left === undefined) return text;
  // A link shape the patterns above do not take apart: break every link syntax instead.
  onDrop(refusal(judgeUrl(left)) ?? 'malformed');
  return text
    .replace(/\]\(/g, '] (')
    .replace(/</g, '&lt;')
    .replace(/^( {0,3}\[[^\]]+\]):/gm, '$1');
}
