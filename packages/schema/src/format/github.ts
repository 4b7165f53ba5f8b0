import { formatPath, type Issue } from '../issue.js';

/** Escapes a workflow command's message (the part after `::`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file=…`, `title=…`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Issues as GitHub Actions workflow commands, one line each, so a pull request shows
 * them as annotations on the lines they name:
 * `::error file=a.yaml,line=3,col=5,endLine=3,endColumn=10,title=roadmapkit unknown-key::…`
 */
export function formatIssuesGithub(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const properties = [
        `file=${escapeProperty(issue.file)}`,
        `line=${issue.line}`,
        `col=${issue.column}`,
        `endLine=${issue.endLine}`,
        `endColumn=${issue.endColumn}`,
        `title=${escapeProperty(`roadmapkit ${issue.code}`)}`,
      ].join(',');
      const message = `${issue.message} (at ${formatPath(issue.path)}). Fix: ${issue.hint}`;
      return `::${issue.severity} ${properties}::${escapeData(message)}`;
    })
    .join('\n');
}
