import type { Issue } from './issue.js';

/** The line of `text` that holds `offset`. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end);
}

/**
 * The fix for a YAML line whose value has `: ` in it (`label: Go: the basics`), which YAML
 * reads as a nested mapping: quote the value. Undefined for other lines.
 */
export function colonInValueHint(text: string, offset: number): string | undefined {
  const line = lineAt(text, offset);
  const match = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?):\s+([^'"[{\s].*?:\s.*?)\s*$/.exec(line);
  if (!match) return undefined;
  return `quote the value, because ": " inside it starts a new key: ${match[1]}: ${JSON.stringify(match[2])}`;
}

/**
 * Texts YAML reads as numbers or booleans (`label: 1.10`, `label: yes`) are reported as the
 * wrong type; the fix quotes the value exactly as written, so `1.10` stays `1.10`.
 */
export function withQuoteHints(issues: readonly Issue[], text: string): Issue[] {
  const lines = text.split('\n');
  return issues.map((issue) => {
    if (
      issue.code !== 'invalid-type' ||
      !/^expected a string\b.*received the (number|boolean)/.test(issue.message)
    )
      return issue;
    if (issue.line !== issue.endLine) return issue;
    const written = lines[issue.line - 1]?.slice(issue.column - 1, issue.endColumn - 1).trim();
    if (!written || /^["']/.test(written)) return issue;
    return { ...issue, hint: `quote it to keep it as text: "${written}"` };
  });
}
