/** The pattern of each attribute read, made once. */
const patterns = new Map<string, RegExp>();

/**
 * An attribute's value from the text of a start tag's attributes, as our renderer writes them
 * (double-quoted, text escaped); undefined when the tag has no such attribute.
 */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    patterns.set(name, pattern);
  }
  return pattern.exec(attributes)?.[1];
}
