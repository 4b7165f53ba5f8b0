/**
 * JSON for a reviewed snapshot: the top two levels spread over lines, everything deeper on
 * one line, so a layout reads one node (or edge) per line and a change shows as a line diff.
 */
export function formatJson(value: unknown, depth = 0): string {
  if (depth >= 2 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => pad + formatJson(item, depth + 1)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([key, item]) => `${pad}${JSON.stringify(key)}: ${formatJson(item, depth + 1)}`)
    .join(',\n')}\n${end}}`;
}
