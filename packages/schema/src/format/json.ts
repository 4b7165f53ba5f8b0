import type { Issue } from '../issue.js';

/** One issue as a plain JSON object, its fields in a fixed order (every JSON report uses it). */
export function issueJson(issue: Issue) {
  return {
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
  };
}

/** Issues as a JSON array (one object per issue, fields in a fixed order). */
export function formatIssuesJson(issues: readonly Issue[]): string {
  return JSON.stringify(issues.map(issueJson), null, 2);
}
