import { judgeUrl, LIMITS } from '@roadmapkit/schema';
import type { ImportPath, IssueLog } from '../import-issue.js';
import { asText } from '../read-value.js';
import { toColor, toPaint } from './colors.js';
import { dropUnsafeLinks } from './markdown-links.js';
import { type Padding, readPadding } from './padding.js';

/** Reads values into what the schema accepts, warning (never failing) about what it drops. */
export interface ValueReader {
  /** Trimmed text, cut at the label limit; "" when absent. */
  label(value: unknown, path: ImportPath, name: string): string;
  /** Trimmed markdown, cut at the markdown limit, unsafe links taken out; "" when absent. */
  markdown(value: unknown, path: ImportPath, name: string): string;
  /** A safe URL (http(s), mailto or relative), or undefined with a warning for an unsafe one. */
  url(value: unknown, path: ImportPath, name: string): string | undefined;
  /** A colour, or undefined (with a warning when a value was there but cannot be kept). */
  color(value: unknown, path: ImportPath, name: string): string | undefined;
  /** A colour or `none`, or undefined (with a warning as for colours). */
  paint(value: unknown, path: ImportPath, name: string): string | undefined;
  /** A box's own inset from a CSS padding, or undefined (with a warning when unreadable). */
  padding(value: unknown, path: ImportPath, name: string): Padding | undefined;
}

export function createValueReader(log: IssueLog): ValueReader {
  const cut = (value: unknown, max: number, path: ImportPath, name: string, what: string) => {
    const text = (asText(value) ?? '').replace(/\r\n?/g, '\n').trim();
    if (text.length <= max) return text;
    log.warn(
      'truncated-text',
      path,
      `${name}: the ${what} has ${text.length} characters, more than the ${max} allowed; cut it to ${max}`,
    );
    return `${text.slice(0, max - 1).trimEnd()}…`;
  };
  const colorWarning = (value: unknown, path: ImportPath, name: string) =>
    log.warn(
      'invalid-color',
      path,
      `${name}: the colour ${JSON.stringify(value)} is not a hex colour, rgb() or palette name; left it to the theme`,
    );
  return {
    label: (value, path, name) => cut(value, LIMITS.maxLabelLength, path, name, 'text'),
    padding: (value, path, name) => readPadding(value, path, name, log),
    markdown(value, path, name) {
      const text = dropUnsafeLinks(
        cut(value, LIMITS.maxMarkdownLength, path, name, 'text'),
        (what) =>
          log.warn(
            'unsafe-url',
            path,
            `${name}: took a ${what} link out of the text (its words kept)`,
          ),
      );
      return text.trim();
    },
    url(value, path, name) {
      const raw = asText(value);
      if (raw === undefined) return undefined;
      const verdict = judgeUrl(raw);
      const text = verdict.url;
      if (text === '') return undefined;
      if (text.length > LIMITS.maxUrlLength) {
        log.warn(
          'unsafe-url',
          path,
          `${name}: the URL is longer than ${LIMITS.maxUrlLength} characters; dropped it`,
        );
        return undefined;
      }
      if (!verdict.ok) {
        const { refusal } = verdict;
        log.warn(
          'unsafe-url',
          path,
          refusal.kind === 'scheme'
            ? `${name}: dropped the "${refusal.scheme}:" URL; only http(s), mailto and relative links are kept`
            : `${name}: dropped the URL ${JSON.stringify(text.slice(0, 60))}, which ${refusal.kind === 'other-host' ? 'leads to another host without a scheme' : 'has a colon before its first "/" but no known scheme'}; only http(s), mailto and same-site relative links are kept`,
        );
        return undefined;
      }
      return text;
    },
    color(value, path, name) {
      if (value === undefined || value === null || value === '') return undefined;
      const color = toColor(value);
      if (color === undefined) colorWarning(value, path, name);
      return color;
    },
    paint(value, path, name) {
      if (value === undefined || value === null || value === '') return undefined;
      const paint = toPaint(value);
      if (paint === undefined) colorWarning(value, path, name);
      return paint;
    },
  };
}
