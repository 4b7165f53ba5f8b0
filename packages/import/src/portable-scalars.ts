import { type Document, isCollection, parse, visit } from 'yaml';

/** Characters that end or start a plain scalar inside `{ … }` or `[ … ]` in some parser. */
const FLOW_INDICATORS = /[:{}[\],#&*!|>'"%@`?]/;

/**
 * Quotes every string scalar that a common YAML parser would read differently written
 * plain: yaml and js-yaml read YAML 1.2, PyYAML reads YAML 1.1 (where `yes`, `on`, `0777`,
 * `1:20` and `2024-01-01` are not strings) and, like Go's yaml.v3, ends a plain scalar in a
 * flow mapping at a `?` or `[` (`url: https://…?g=[1]`). Such strings are written in double
 * quotes, keys too (`"y"`: YAML 1.1 and Go's yaml.v2 read a plain `y` as true); every other
 * scalar stays plain.
 */
export function quoteUnportable(doc: Document): void {
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string' || (node.type !== undefined && node.type !== 'PLAIN'))
        return;
      const inFlow = path.some((p) => isCollection(p) && p.flow === true);
      if (needsQuotes(node.value, inFlow)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

function needsQuotes(value: string, inFlow: boolean): boolean {
  if (inFlow && FLOW_INDICATORS.test(value)) return true;
  if (value === '' || /^\s|\s$/.test(value) || value.includes('\n')) return false;
  for (const version of ['1.1', '1.2'] as const) {
    try {
      if (parse(value, { version }) !== value) return true;
    } catch {
      return true;
    }
  }
  return false;
}
