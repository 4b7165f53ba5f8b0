import { formatPath, type Issue } from '../issue.js';
import { codeFrame } from './code-frame.js';
import { terminalSafe } from './terminal-safe.js';

export interface PrettyOptions {
  /** Source texts by file name, for code frames. Files without one are shown without. */
  readonly sources?: Readonly<Record<string, string>>;
  /** Use ANSI colours (default false: the caller decides, from the terminal and NO_COLOR). */
  readonly color?: boolean;
}

const ANSI = { red: 31, yellow: 33, dim: 2, bold: 1, cyan: 36 } as const;

/**
 * Issues for people: `✖ message`, `→ at path`, the place, a code frame and the fix.
 * Returns the text; printing it is the caller's business. Text from the file is shown with
 * control characters made visible (no escape sequence reaches the terminal) and each line cut
 * at a readable length, so one issue's output stays a few lines.
 */
export function formatIssuesPretty(issues: readonly Issue[], options: PrettyOptions = {}): string {
  const paint = (style: keyof typeof ANSI, text: string) =>
    options.color ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
  return issues
    .map((issue) => {
      const mark = issue.severity === 'error' ? paint('red', '✖') : paint('yellow', '⚠');
      const lines = [
        `${mark} ${paint('bold', terminalSafe(issue.message))} ${paint('dim', `[${issue.code}]`)}`,
        `  → at ${terminalSafe(formatPath(issue.path))} ${paint('cyan', `(${terminalSafe(issue.file)}:${issue.line}:${issue.column})`)}`,
      ];
      const source = options.sources?.[issue.file];
      if (source !== undefined) {
        lines.push(
          codeFrame(source, issue)
            .split('\n')
            .slice(0, 12)
            .map((line) => `  ${terminalSafe(line, 200)}`)
            .join('\n'),
        );
      }
      lines.push(`  ${paint('dim', 'fix:')} ${terminalSafe(issue.hint)}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** `2 errors, 1 warning` */
export function summarizeIssues(issues: readonly Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
