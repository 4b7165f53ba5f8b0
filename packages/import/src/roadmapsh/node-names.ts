/** How messages name an editor node: `topic "Widgets" (node "a1B2")`. */
export function nodeName(type: string, id: string, label: string | undefined): string {
  const text = label?.trim().replace(/\s+/g, ' ') ?? '';
  if (type === '') return `node "${id}"`;
  if (text === '') return `${type} node "${id}"`;
  const short = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return `${type} "${short}" (node "${id}")`;
}
