import type { Finding, Issue } from './issue.js';
import { type Locator, readSource, type SourceSpan } from './source.js';

/** Locates paths in data that has no source text: in the data written as two-space-indented JSON. */
export function dataLocator(data: unknown): Locator {
  let locate: Locator | undefined;
  return (path, at) => {
    locate ??= readSource(asJson(data)).locate;
    return locate(path, at);
  };
}

/** The data as JSON text, or "" when it cannot be written (a cycle, a BigInt, too deep). */
function asJson(data: unknown): string {
  try {
    return JSON.stringify(data, null, 2) ?? '';
  } catch {
    return '';
  }
}

/** Places findings in the source and orders them by position. */
export function placeAll(findings: readonly Finding[], locate: Locator, file: string): Issue[] {
  const placed = findings.map((finding) =>
    place(finding, locate(finding.path, finding.at ?? 'value'), file),
  );
  return placed.sort((a, b) => a.line - b.line || a.column - b.column);
}

export function place(finding: Finding, span: SourceSpan, file: string): Issue {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    hint: finding.hint,
    path: finding.path,
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  };
}
