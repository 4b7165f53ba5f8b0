/**
 * A few lines of source around a position, with a marker under the offending text:
 *
 *     11 |   - id: internet
 *   > 12 |     lable: Internet
 *        |     ^^^^^
 */
export function codeFrame(
  source: string,
  at: { line: number; column: number; endLine: number; endColumn: number },
  context = 1,
): string {
  const lines = source.split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const first = Math.max(1, at.line - context);
  const last = Math.min(lines.length, at.line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const gutter = String(n).padStart(width);
    out.push(`${n === at.line ? '>' : ' '} ${gutter} | ${text}`.trimEnd());
    if (n === at.line) {
      const lineLength = Math.max(text.length, at.column);
      const end = at.endLine === at.line ? Math.min(at.endColumn, lineLength + 1) : lineLength + 1;
      const length = Math.max(1, end - at.column);
      out.push(
        `  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, at.column - 1))}${'^'.repeat(length)}`,
      );
    }
  }
  return out.join('\n');
}
