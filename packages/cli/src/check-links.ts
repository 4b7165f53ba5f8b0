import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Issue } from '@roadmapkit/schema';

/** Every `url` field of a document, with its JSON path. */
export function documentUrls(
  data: unknown,
  path: Array<string | number> = [],
): Array<{ url: string; path: Array<string | number> }> {
  if (Array.isArray(data)) return data.flatMap((item, i) => documentUrls(item, [...path, i]));
  if (typeof data !== 'object' || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'url' && typeof value === 'string' && /^https?:\/\//i.test(value)
      ? [{ url: value, path: [...path, key] }]
      : documentUrls(value, [...path, key]),
  );
}

export interface LinkCheckOptions {
  /** How many requests at once (default 8). */
  readonly concurrency?: number;
  readonly timeoutMs?: number;
  /** A JSON file remembering links that worked, for a day. */
  readonly cacheFile?: string | undefined;
  readonly now?: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** One request: HEAD, then GET when the server does not answer HEAD. A problem as text, or undefined. */
async function probe(url: string, timeoutMs: number): Promise<string | undefined> {
  for (const method of ['HEAD', 'GET']) {
    try {
      const response = await fetch(url, {
        method,
        redirect: 'follow',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (method === 'HEAD' && (response.status === 405 || response.status === 501)) continue;
      return response.status >= 400 ? `HTTP ${response.status}` : undefined;
    } catch (cause) {
      const error = cause as Error & { cause?: { code?: string } };
      return error.name === 'TimeoutError'
        ? `no answer in ${timeoutMs / 1000} s`
        : (error.cause?.code ?? error.message);
    }
  }
  return undefined;
}

/**
 * Checks that links answer, at most `concurrency` at a time, each URL once. Links that worked
 * are remembered in `cacheFile` for a day. Returns the problem of each failing URL.
 */
export async function checkLinks(
  urls: readonly string[],
  options: LinkCheckOptions = {},
): Promise<Map<string, string>> {
  const now = options.now ?? Date.now();
  let cache: Record<string, number> = {};
  if (options.cacheFile)
    cache = JSON.parse(await readFile(options.cacheFile, 'utf8').catch(() => '{}')) as Record<
      string,
      number
    >;
  const fresh = (url: string) => {
    const checked = cache[url];
    return checked !== undefined && now - checked < DAY;
  };
  const unique = [...new Set(urls)].filter((url) => !fresh(url));
  const problems = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++] as string;
      const problem = await probe(url, options.timeoutMs ?? 10_000);
      if (problem === undefined) cache[url] = now;
      else problems.set(url, problem);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency ?? 8, unique.length) }, worker),
  );
  if (options.cacheFile) {
    await mkdir(dirname(options.cacheFile), { recursive: true });
    await writeFile(options.cacheFile, JSON.stringify(cache));
  }
  return problems;
}

/** A link that did not answer, as a warning placed at the first place the URL is written. */
export function linkIssue(
  file: string,
  source: string,
  url: string,
  path: Array<string | number>,
  problem: string,
): Issue {
  const offset = Math.max(0, source.indexOf(url));
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    code: 'link-lint',
    severity: 'warning',
    message: `expected a link that answers, received ${problem} from ${url}`,
    hint: 'fix or remove the link (or check it again later if the site was down)',
    path,
    file,
    line,
    column,
    endLine: line,
    endColumn: column + url.length,
  };
}
