import { RESOURCE_TYPES } from '@roadmapkit/schema';
import type { ContentInput, ResourceInput } from '../core/model-types.js';
import type { ValueReader } from '../core/values.js';
import type { ImportPath, IssueLog } from '../import-issue.js';

/** What a topic content file says: its `# Title`, and the description and resources. */
export interface TopicContent {
  readonly title: string | undefined;
  readonly content: ContentInput | undefined;
}

const TYPES = new Set<string>(RESOURCE_TYPES);
/** `- [@type@Title](url)`, optionally with a link title. */
const RESOURCE =
  /^\s*[-*+]\s+\[@([A-Za-z-]+)@([^\]]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)\s*$/;

/**
 * Reads a topic content file: the first `# ` heading is its title, lines written
 * `[@type@Title](url)` are typed resources, the other paragraphs are the description
 * (without the line that only introduces the resource list, the one ending in ":").
 */
export function parseContentFile(
  text: string,
  path: ImportPath,
  values: ValueReader,
  log: IssueLog,
): TopicContent {
  const name = `the content file "${String(path[path.length - 1])}"`;
  let title: string | undefined;
  const resources: ResourceInput[] = [];
  const paragraphs: string[][] = [[]];
  let introduced = -1;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const heading = /^#\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading && title === undefined) {
      title = values.label(heading[1], path, name);
      continue;
    }
    const resource = RESOURCE.exec(line);
    if (resource) {
      if (introduced === -1) introduced = paragraphs.length - 1;
      const entry = readResource(resource, path, name, values, log);
      if (entry !== undefined) resources.push(entry);
      continue;
    }
    if (line.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1)?.push(line);
  }
  const blocks = paragraphs.map((lines) => lines.join('\n').trim());
  const intro = introduced === -1 ? -1 : lastFilled(blocks, introduced);
  const kept = blocks.filter((block, i) => block !== '' && !(i === intro && block.endsWith(':')));
  const description = values.markdown(kept.join('\n\n'), path, name);
  const content: ContentInput = {
    ...(description === '' ? {} : { description }),
    ...(resources.length === 0 ? {} : { resources }),
  };
  return {
    title: title === '' ? undefined : title,
    content: description === '' && resources.length === 0 ? undefined : content,
  };
}

function lastFilled(blocks: readonly string[], upTo: number): number {
  for (let i = upTo; i >= 0; i--) if (blocks[i] !== '') return i;
  return -1;
}

function readResource(
  match: RegExpExecArray,
  path: ImportPath,
  name: string,
  values: ValueReader,
  log: IssueLog,
): ResourceInput | undefined {
  const url = values.url(match[3], path, name);
  if (url === undefined) return undefined;
  const written = (match[1] ?? '').toLowerCase();
  const type = TYPES.has(written) ? (written as ResourceInput['type']) : 'article';
  if (type !== written)
    log.warn(
      'invalid-content',
      path,
      `${name}: the resource type "@${written}@" is not one of ${RESOURCE_TYPES.join(', ')}; imported it as an article`,
    );
  const title = values.label(match[2], path, name);
  return { type, title: title === '' ? url : title, url };
}

/** The node id a content file is for: `content/intro@a1B2.md`, `intro@a1B2` or just `a1B2`. */
export function nodeIdOfContentKey(key: string): string {
  const base = key.split(/[\\/]/).at(-1) ?? key;
  const stem = base.replace(/\.md$/i, '');
  return stem.slice(stem.lastIndexOf('@') + 1);
}
