/**
 * How deep a YAML or JSON text nests, estimated in one pass without parsing it: flow
 * brackets outside strings and comments, block indentation levels, and `- - -` runs. The
 * parsers are recursive; running them into the end of the stack can bring the process
 * down, so text that nests far beyond any roadmap is refused before they see it.
 * Returns the 1-based line of the first place deeper than `limit`, or undefined.
 */
export function deeperThan(text: string, limit: number): number | undefined {
  let flow = 0;
  let line = 1;
  let quote: '"' | "'" | undefined;
  const indents: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = true;
      continue;
    }
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      let indent = 0;
      while (text[i + indent] === ' ') indent++;
      let j = i + indent;
      let dashes = 0;
      while (text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\n')) {
        dashes++;
        j += 2;
        while (text[j] === ' ') j++;
      }
      const next = text[j];
      if (flow === 0 && next !== '\n' && next !== '#' && next !== undefined && next !== '\r') {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop();
        if (indents.length === 0 || (indents[indents.length - 1] ?? 0) < indent)
          indents.push(indent);
        if (indents.length + dashes > limit) return line;
      }
      i = j - 1;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      flow++;
      if (flow + indents.length > limit) return line;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}
