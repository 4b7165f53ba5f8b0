import { formatIssuesGithub, formatPath, type Issue } from '@roadmapkit/schema';
import type { FileReport } from './file-report.js';
import { errorCount } from './file-report.js';

/** GitHub shows at most this many annotations of each severity for a step. */
export const ANNOTATION_LIMIT = 10;

/**
 * Issues as workflow commands (annotations) up to GitHub's limit per severity; the issues
 * beyond it are returned so they can be printed in the log and the summary instead.
 */
export function githubAnnotations(issues: readonly Issue[]): { text: string; overflow: Issue[] } {
  const shown: Issue[] = [];
  const overflow: Issue[] = [];
  const seen = { error: 0, warning: 0 };
  for (const issue of issues) {
    if (seen[issue.severity] < ANNOTATION_LIMIT) {
      seen[issue.severity]++;
      shown.push(issue);
    } else overflow.push(issue);
  }
  return { text: shown.length > 0 ? `${formatIssuesGithub(shown)}\n` : '', overflow };
}

/** A table cell: one line, no pipes or markup. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#&]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The job summary (Markdown for `$GITHUB_STEP_SUMMARY`): a table of files with their
 * status and counts, then a table of every issue (all of them, also those beyond the
 * annotation limit), up to `maxIssues` rows.
 */
export function githubSummary(reports: readonly FileReport[], maxIssues = 500): string {
  const issues = reports.flatMap((report) => report.issues);
  const invalid = reports.filter((report) => errorCount(report.issues) > 0).length;
  const lines = [
    '### roadmapkit validate',
    '',
    `${reports.length} file${reports.length === 1 ? '' : 's'} checked, ${invalid} invalid.`,
    '',
    '| File | Status | Errors | Warnings |',
    '| --- | --- | ---: | ---: |',
  ];
  for (const report of reports) {
    const errors = errorCount(report.issues);
    lines.push(
      `| \`${cell(report.file)}\` | ${errors > 0 ? '❌ invalid' : '✅ valid'} | ${errors} | ${report.issues.length - errors} |`,
    );
  }
  if (issues.length > 0) {
    lines.push(
      '',
      '| Where | Severity | Code | Problem | Fix |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const issue of issues.slice(0, maxIssues)) {
      lines.push(
        `| \`${cell(`${issue.file}:${issue.line}:${issue.column}`)}\` | ${issue.severity} | ${issue.code} | ${cell(`${issue.message} (at ${formatPath(issue.path)})`)} | ${cell(issue.hint)} |`,
      );
    }
    if (issues.length > maxIssues)
      lines.push('', `…and ${issues.length - maxIssues} more (see the log).`);
  }
  return `${lines.join('\n')}\n`;
}
