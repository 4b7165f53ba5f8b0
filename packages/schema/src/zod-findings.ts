import type { z } from 'zod';
import { describeValue, quote, valueAt } from './describe-value.js';
import { error, type Finding, formatPath } from './issue.js';
import { knownKeysAt } from './known-keys.js';
import { PALETTE } from './model/palette.js';
import { closest } from './suggest.js';

type ZodIssue = z.core.$ZodIssue;

const A_TYPE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  int: 'a whole number',
};

const EXAMPLE: Record<string, string> = {
  string: '"some text"',
  number: '42',
  boolean: 'true',
  object: 'an indented block of "key: value" lines',
  array: 'a list ("- item" lines, or [])',
};

/** The last string segment of a path: the key a value sits under. */
function keyName(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return 'value';
}

/** Turns one zod issue into findings with messages that say expected vs received, and a fix. */
export function findingsFromZod(issue: ZodIssue, data: unknown, schema: z.ZodType): Finding[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const received = valueAt(data, path);
  const key = keyName(path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = A_TYPE[issue.expected] ?? issue.expected;
      if (received === undefined) {
        return [
          error(
            'missing-key',
            path,
            `missing "${key}": expected ${expected}`,
            `add "${key}: ${EXAMPLE[issue.expected] ?? '…'}" to ${path.length > 1 ? formatPath(path.slice(0, -1)) : 'the top level of the file'}`,
          ),
        ];
      }
      return [
        error(
          'invalid-type',
          path,
          `expected ${expected} for "${key}", received ${describeValue(received)}`,
          `write ${EXAMPLE[issue.expected] ?? expected} here`,
        ),
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, data, path);
      return issue.keys.map((unknownKey) =>
        unknownKeyFinding([...path, unknownKey], unknownKey, known),
      );
    }
    case 'invalid_key': {
      const known = knownKeysAt(schema, data, path.slice(0, -1));
      return [unknownKeyFinding(path, key, known)];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v)));
      const near =
        typeof received === 'string' ? closest(received, issue.values.map(String)) : undefined;
      return [
        error(
          'invalid-value',
          path,
          `expected ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`} for "${key}", received ${describeValue(received)}`,
          near === undefined ? `use one of ${allowed.join(', ')}` : `did you mean "${near}"?`,
        ),
      ];
    }
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const discriminatorPath =
          path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const value = valueAt(data, discriminatorPath);
        const near = typeof value === 'string' ? closest(value, options) : undefined;
        return [
          error(
            value === undefined ? 'missing-key' : 'invalid-value',
            discriminatorPath,
            `expected "${issue.discriminator}" to be one of ${options.map((o) => `"${o}"`).join(', ')}, received ${describeValue(value)}`,
            near === undefined
              ? `set "${issue.discriminator}" to one of ${options.join(', ')}`
              : `did you mean "${near}"?`,
          ),
        ];
      }
      return [
        error(
          'invalid-type',
          path,
          `${issue.message}, received ${describeValue(received)}`,
          'check the value against the examples',
        ),
      ];
    }
    case 'invalid_format': {
      const expected = issue.message.startsWith('expected')
        ? issue.message
        : `expected a valid ${issue.format}`;
      return [
        error(
          'invalid-format',
          path,
          `${expected}, received ${describeValue(received)}`,
          formatHint(issue, received),
        ),
      ];
    }
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      const bound = big ? 'at most' : 'at least';
      if (issue.origin === 'string') {
        const length = typeof received === 'string' ? received.length : 0;
        return [
          error(
            big ? 'too-long' : 'too-short',
            path,
            `expected ${bound} ${limit.toLocaleString('en-US')} characters for "${key}", received ${length.toLocaleString('en-US')}`,
            big
              ? 'shorten the text (long explanations belong in content.description)'
              : 'write a longer value',
          ),
        ];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(received) ? received.length : 0;
        return [
          error(
            big ? 'too-long' : 'too-short',
            path,
            `expected ${bound} ${limit} item${limit === 1 ? '' : 's'} in "${key}", received ${count === 0 ? 'an empty list' : count}`,
            big
              ? 'remove items from the list'
              : `add ${limit === 1 ? 'an item' : 'items'} or remove "${key}"`,
          ),
        ];
      }
      const strict = big ? issue.inclusive === false : issue.inclusive === false;
      const relation = big ? (strict ? 'below' : 'at most') : strict ? 'above' : 'at least';
      return [
        error(
          big ? 'too-big' : 'too-small',
          path,
          `expected a number ${relation} ${limit} for "${key}", received ${describeValue(received)}`,
          `use a number ${relation} ${limit}`,
        ),
      ];
    }
    default:
      return [
        error(
          'invalid-value',
          path,
          `${issue.message} (received ${describeValue(received)})`,
          'check the value against the examples',
        ),
      ];
  }
}

function unknownKeyFinding(
  path: (string | number)[],
  unknownKey: string,
  known: string[],
): Finding {
  const near = closest(unknownKey, known);
  // The path is the issue's location, shown beside the message: the message names only the key.
  return error(
    'unknown-key',
    path,
    `unknown key ${quote(unknownKey)}${near === undefined ? '' : `, did you mean "${near}"`}`,
    near === undefined
      ? `remove ${quote(unknownKey)}; the keys allowed here are: ${known.join(', ')}`
      : `rename ${quote(unknownKey)} to "${near}"`,
    'key',
  );
}

/** A suggested value for the common format mistakes. */
function formatHint(issue: z.core.$ZodIssueInvalidStringFormat, received: unknown): string {
  const text = typeof received === 'string' ? received : '';
  const pattern = issue.pattern ?? '';
  if (issue.format === 'date') return 'write the date as YYYY-MM-DD, for example 2026-01-31';
  if (pattern.includes('#[0-9a-fA-F]')) {
    const near = closest(text, Object.keys(PALETTE));
    return near === undefined
      ? 'write a colour as #rrggbb (for example #2b78e4) or a palette name such as blue or yellow'
      : `did you mean "${near}"?`;
  }
  const slugged = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, 64);
  const example = pattern.includes('a-z0-9]+(?:') ? slugged.toLowerCase() : slugged;
  return example === ''
    ? 'use letters, digits and "-", for example "http-basics"'
    : `use "${example}"`;
}
