import { error, type Finding, type IssuePath } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { judgeUrl, type UrlRefusal } from '../text/clean-url.js';
import { markdownLinkTargets } from '../text/markdown-links.js';
import { markdownFields, urlFields } from '../traverse.js';

/** The URL as it may be quoted in a one-line message: escaped, and cut when long. */
function quote(url: string): string {
  return JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);
}

function refused(path: IssuePath, raw: string, refusal: UrlRefusal, where: string): Finding {
  const hidden = judgeUrl(raw).url !== raw.trim() ? ' (hidden by invisible characters)' : '';
  switch (refusal.kind) {
    case 'scheme': {
      const { scheme } = refusal;
      return error(
        'unsafe-url',
        path,
        `expected an http(s), mailto or relative URL${where}, received a "${scheme}:" URL${hidden}`,
        scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript'
          ? `remove the ${scheme}: link; links may only lead to pages`
          : 'link to an https:// page instead',
      );
    }
    case 'other-host':
      return error(
        'unsafe-url',
        path,
        `expected an http(s), mailto or same-site relative URL${where}, received ${quote(raw)}, which leads to another host`,
        'write the full https:// URL of the page, or a path on this site such as /docs/page',
      );
    case 'malformed':
      return error(
        'unsafe-url',
        path,
        `expected an http(s), mailto or relative URL${where}, received ${quote(raw)}, which has a colon before its first "/" but no known scheme${hidden}`,
        'start the URL with https://, or write the path as ./name:with-colon',
      );
  }
}

/**
 * URLs are http(s), mailto or same-site relative, judged after cleaning (see `judgeUrl`):
 * never javascript:, data:, vbscript: or another scheme, however disguised, never `//host`.
 * Links inside Markdown texts are held to the same rule.
 */
export function safeUrls(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  for (const { path, value } of urlFields(doc)) {
    const verdict = judgeUrl(value);
    if (!verdict.ok) findings.push(refused(path, value, verdict.refusal, ''));
  }
  for (const { path, value } of markdownFields(doc)) {
    for (const target of markdownLinkTargets(value)) {
      const verdict = judgeUrl(target);
      if (!verdict.ok) findings.push(refused(path, target, verdict.refusal, ' in a Markdown link'));
    }
  }
  return findings;
}
