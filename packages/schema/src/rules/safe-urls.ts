import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { urlFields } from '../traverse.js';

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * A URL the way a browser reads it: browsers drop leading spaces and control characters
 * and ignore tabs and newlines anywhere, so `java\tscript:` is `javascript:`.
 */
export function browserUrl(url: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip exactly these
  return url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
}

/** The scheme of a URL as a browser sees it (see {@link browserUrl}); undefined when relative. */
export function urlScheme(url: string): string | undefined {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(browserUrl(url))?.[1]?.toLowerCase();
}

/** URLs are http(s), mailto or relative: never javascript:, data:, vbscript: or another scheme. */
export function safeUrls(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  for (const { path, value } of urlFields(doc)) {
    const scheme = urlScheme(value);
    if (scheme === undefined || ALLOWED_SCHEMES.has(scheme)) continue;
    findings.push(
      error(
        'unsafe-url',
        path,
        `expected an http(s), mailto or relative URL, received a "${scheme}:" URL`,
        scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript'
          ? `remove the ${scheme}: link; links may only lead to pages`
          : 'link to an https:// page instead',
      ),
    );
  }
  return findings;
}
