/** Every import issue's stable code. Tools may match on these; they never change meaning. */
export const IMPORT_ISSUE_CODES = [
  // the input as a whole
  'invalid-input',
  'no-topics',
  'missing-title',
  // nodes and controls
  'invalid-node',
  'unknown-type',
  'missing-id',
  'duplicate-id',
  'renamed-id',
  'missing-data',
  'empty-label',
  'missing-position',
  'missing-size',
  'dropped-node',
  'unattached-subtopic',
  'promoted-subtopics',
  // edges
  'invalid-edge',
  'missing-edge-end',
  'unknown-edge-end',
  'self-loop',
  'duplicate-edge',
  // values
  'unsafe-url',
  'invalid-color',
  'invalid-padding',
  'invalid-legend',
  'truncated-text',
  // the files beside the roadmap
  'invalid-frontmatter',
  'invalid-faqs',
  'invalid-content',
  'unmatched-content',
  'invalid-mapping',
  'missing-content',
  // a document the importer built but the schema refused (a bug: please report it)
  'internal-error',
] as const;

export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/**
 * Where an issue is: keys and list indexes into the source. The first segment is
 * the source's own first key (`nodes`, `edges`, `mockup`), or the name of a side input
 * (`frontmatter`, `faqs`, `content`).
 */
export type ImportPath = ReadonlyArray<string | number>;

/** Something the importer dropped, repaired or could not read. */
export interface ImportIssue {
  readonly code: ImportIssueCode;
  /** Errors mean there is no document; warnings mean the document differs from the source. */
  readonly severity: 'warning' | 'error';
  /** What was found, naming the item (node id, edge id or control ID), and what was done. */
  readonly message: string;
  readonly path: ImportPath;
}

/** Collects the issues of one import. Made per call: importers keep no state between calls. */
export interface IssueLog {
  readonly issues: ImportIssue[];
  warn(code: ImportIssueCode, path: ImportPath, message: string): void;
  fail(code: ImportIssueCode, path: ImportPath, message: string): void;
}

export function createIssueLog(): IssueLog {
  const issues: ImportIssue[] = [];
  return {
    issues,
    warn: (code, path, message) => issues.push({ code, severity: 'warning', message, path }),
    fail: (code, path, message) => issues.push({ code, severity: 'error', message, path }),
  };
}
