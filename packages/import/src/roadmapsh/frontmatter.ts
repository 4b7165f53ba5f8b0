import { parseDocument } from 'yaml';
import type { DraftMeta } from '../core/draft.js';
import type { ValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import { asArray, asRecord, asText, dig, type Json } from '../read-value.js';

/** The text between the first two `---` lines, or all of it when it does not start with one. */
function yamlOf(text: string): string {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match?.[1] ?? text.replace(/^\uFEFF?---[ \t]*\r?\n/, '');
}

function readYaml(text: string, log: IssueLog): Json | undefined {
  try {
    const doc = parseDocument(yamlOf(text), { prettyErrors: true, uniqueKeys: false });
    const first = doc.errors[0];
    if (first !== undefined) {
      log.warn(
        'invalid-frontmatter',
        ['frontmatter'],
        `could not read the frontmatter: ${first.message.split('\n')[0] ?? ''}; imported none of it`,
      );
      return undefined;
    }
    const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (data === null || data === undefined) return {};
    const record = asRecord(data);
    if (record === undefined)
      log.warn(
        'invalid-frontmatter',
        ['frontmatter'],
        'expected the frontmatter to be a mapping of keys; imported none of it',
      );
    return record;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    log.warn(
      'invalid-frontmatter',
      ['frontmatter'],
      `could not read the frontmatter: ${reason}; imported none of it`,
    );
    return undefined;
  }
}

/** A `YYYY-MM-DD` date from a date or date-time string (or a Date), if it is a real date. */
function day(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString() : asText(value);
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(text?.trim() ?? '')?.[0];
  if (date === undefined) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date)
    ? date
    : undefined;
}

/**
 * The document fields a roadmap page's frontmatter gives: title, description (or the SEO
 * description), tags from the SEO keywords, `updated` from the structured-data dates, and
 * the id from the name of the page's JSON file.
 */
export function readFrontmatter(
  input: string | object,
  values: ValueReader,
  log: IssueLog,
): DraftMeta {
  const data = typeof input === 'string' ? readYaml(input, log) : asRecord(input);
  if (data === undefined) return {};
  const at = (...keys: string[]) => ['frontmatter', ...keys];
  const title = values.label(data.title, at('title'), 'the frontmatter');
  const description =
    values.markdown(data.description, at('description'), 'the frontmatter') ||
    values.markdown(dig(data, 'seo', 'description'), at('seo', 'description'), 'the frontmatter');
  const tags = [
    ...new Set(
      (asArray(dig(data, 'seo', 'keywords')) ?? [])
        .map((keyword) => asText(keyword)?.trim() ?? '')
        .filter((keyword) => keyword !== '' && keyword.length <= 50),
    ),
  ];
  const updated =
    day(dig(data, 'schema', 'dateModified')) ?? day(dig(data, 'schema', 'datePublished'));
  const id = /([^/\\]+?)(?:\.json)?$/.exec(asText(data.jsonUrl)?.trim() ?? '')?.[1];
  return {
    ...(title === '' ? {} : { title }),
    ...(description === '' ? {} : { description }),
    ...(tags.length === 0 ? {} : { tags }),
    ...(updated === undefined ? {} : { updated }),
    ...(id === undefined ? {} : { id }),
  };
}
