import { type Finding, warning } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { urlFields } from '../traverse.js';

/** Hosts known to serve https; an http: link to them should say https:. */
export const HTTPS_HOSTS = [
  'github.com',
  'gitlab.com',
  'developer.mozilla.org',
  'wikipedia.org',
  'youtube.com',
  'youtu.be',
  'medium.com',
  'dev.to',
  'stackoverflow.com',
  'npmjs.com',
  'roadmap.sh',
  'google.com',
  'microsoft.com',
  'learn.microsoft.com',
  'docs.python.org',
  'nodejs.org',
  'w3.org',
  'example.com',
] as const;

/** A host on this machine or a private network: a reader's browser cannot reach it. */
function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h.endsWith('.local') ||
    h.endsWith('.internal')
  )
    return true;
  if (h === '::1' || h.startsWith('fc') || h.startsWith('fd') || h.startsWith('fe80:'))
    return h.includes(':');
  const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (!ip) return false;
  const [a, b] = [Number(ip[1]), Number(ip[2])];
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

const knownHttps = (host: string) =>
  HTTPS_HOSTS.some((known) => host === known || host.endsWith(`.${known}`));

/**
 * Links that will not work for a reader, as warnings (`--strict` makes them errors): local or
 * private addresses, relative links that are really a domain (`www.youtube.com/…`), `http:`
 * to a host that serves https, and the same resource twice in one topic.
 */
export function linkLint(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  for (const { path, value } of urlFields(doc)) {
    const text = value.trim();
    if (/^(www\.|[a-z0-9-]+\.(com|org|net|io|dev|sh)\/)/i.test(text)) {
      findings.push(
        warning(
          'link-lint',
          path,
          `expected a full URL, received "${text}", which is read as a relative link`,
          `write it as https://${text}`,
        ),
      );
      continue;
    }
    let parsed: URL;
    try {
      parsed = new URL(text);
    } catch {
      continue;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') continue;
    if (isLocalHost(parsed.hostname)) {
      findings.push(
        warning(
          'link-lint',
          path,
          `expected a public address, received a link to ${parsed.hostname}, which only the author's machine or network can open`,
          'link to the public page instead',
        ),
      );
    } else if (parsed.protocol === 'http:' && knownHttps(parsed.hostname.toLowerCase())) {
      findings.push(
        warning(
          'link-lint',
          path,
          `expected https:, received http: for ${parsed.hostname}, which serves https`,
          `write ${text.replace(/^http:/i, 'https:')}`,
        ),
      );
    }
  }
  return [...findings, ...duplicateResources(doc)];
}

type Tree = {
  content?: { resources?: ReadonlyArray<{ url: string }> | undefined } | undefined;
  subtopics?: readonly Tree[] | undefined;
};

function duplicateResources(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: Tree, path: ReadonlyArray<string | number>) => {
    const seen = new Map<string, number>();
    node.content?.resources?.forEach((resource, i) => {
      const key = resource.url
        .trim()
        .replace(/\/+$/, '')
        .replace(/^http:/i, 'https:')
        .toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        findings.push(
          warning(
            'link-lint',
            [...path, 'content', 'resources', i, 'url'],
            `the same resource is listed twice (items ${first + 1} and ${i + 1})`,
            'remove one of the two',
          ),
        );
    });
    node.subtopics?.forEach((child, i) => visit(child, [...path, 'subtopics', i]));
  };
  doc.topics.forEach((topic, i) => visit(topic as Tree, ['topics', i]));
  return findings;
}
