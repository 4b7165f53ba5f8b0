/** How bad an issue is: errors make a document invalid, warnings do not. */
export type Severity = 'error' | 'warning';

/** Every issue's stable code. Tools may match on these; they never change meaning. */
export const ISSUE_CODES = [
  // reading the file
  'unreadable-file',
  'file-too-large',
  'invalid-encoding',
  'syntax-error',
  'duplicate-key',
  'alias-limit',
  'too-deep',
  // shape
  'invalid-type',
  'missing-key',
  'unknown-key',
  'invalid-value',
  'invalid-format',
  'too-long',
  'too-short',
  'too-small',
  'too-big',
  'unsupported-version',
  // rules beyond shape
  'too-many-nodes',
  'duplicate-id',
  'unknown-reference',
  'self-loop',
  'spine-cycle',
  'orphan-topic',
  'duplicate-label',
  'unsafe-url',
  'link-lint',
  'empty-label',
  'missing-position',
  // drawing
  'missing-glyph',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** A path into the document, as keys and list indexes: `["topics", 0, "label"]`. */
export type IssuePath = ReadonlyArray<string | number>;

/** A problem found in a document, with everything needed to find and fix it. */
export interface Issue {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** What is wrong: what was expected and what was found. */
  readonly message: string;
  /** How to fix it. */
  readonly hint: string;
  readonly path: IssuePath;
  /** The file name given by the caller (`<input>` when none was). */
  readonly file: string;
  /** 1-based line and column of the start, and of the end, of the offending text. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** An issue before it is placed in the source: rules and checks return these. */
export interface Finding {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  readonly path: IssuePath;
  /** Point at the key of the last path segment rather than its value. */
  readonly at?: 'key' | 'value';
}

/** What every library entry point returns: a value when there are no errors, and the issues. */
export interface Result<T> {
  readonly value: T | undefined;
  readonly issues: readonly Issue[];
}

/** A finding that makes the document invalid. */
export function error(
  code: IssueCode,
  path: IssuePath,
  message: string,
  hint: string,
  at?: 'key' | 'value',
): Finding {
  return at === undefined
    ? { code, severity: 'error', path, message, hint }
    : { code, severity: 'error', path, message, hint, at };
}

/** A finding that the author should look at but that does not make the document invalid. */
export function warning(code: IssueCode, path: IssuePath, message: string, hint: string): Finding {
  return { code, severity: 'warning', path, message, hint };
}

/** True when any issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** `topics[0].subtopics[2].label`: a path the way people write it. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '(document)' : out;
}
