import type { Issue } from '../issue.js';

/** Issues as a JSON array (one object per issue, fields in a fixed order). */
export function formatIssuesJson(issues: readonly Issue[]): string {
  return JSON.stringify(
    issues.map((issue) => ({
      file: issue.file,
      line: issue.line,
      column: issue.column,
      endLine: issue.endLine,
      endColumn: issue.endColumn,
      severity: issue.severity,
      code: issue.code,
      path: issue.path,
      message: issue.message,
      hint: issue.hint,
    })),
    null,
    2,
  );
}
