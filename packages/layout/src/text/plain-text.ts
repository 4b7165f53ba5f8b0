/**
 * The text a reader sees in a markdown paragraph, for measuring and drawing it as plain
 * lines: links and images keep their text, emphasis and code markers go, a heading or list
 * marker at the start of a line goes, soft line breaks become spaces and every block
 * (separated by a blank line) starts a new line.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, ''))
        .join(' '),
    )
    .map(inline)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join('\n');
}

function inline(text: string): string {
  // Escaped characters are set aside first so that no marker rule touches them.
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!~])/g, (_, c: string) => `\uE000${c.charCodeAt(0)}\uE001`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_, code: string) => String.fromCharCode(Number(code)));
}
