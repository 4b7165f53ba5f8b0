import { type Document, isCollection, parse, visit } from 'yaml';

/** Characters that end or start a plain scalar inside `{ … }` or `[ … ]` in some parser. */
const FLOW_INDICATORS = /[:{}[\],#&*!|>'"%@`?]/;
/**
 * Characters no parser keeps as written outside double quotes: control characters and tabs
 * (PyYAML rejects a tab in a plain scalar), DEL and the C1 controls, and NEL, LS and PS,
 * which YAML 1.1 parsers (PyYAML, Go's yaml.v3) read as line breaks.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters looked for
const UNSAFE_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
/** Of those, the ones yaml writes raw inside double quotes, with the escape every parser reads. */
const RAW_IN_QUOTES = /[\u007f-\u009f\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };
/** A UTF-16 surrogate without its pair (with the `u` flag a pair is one code point). */
const LONE_SURROGATE = /\p{Cs}/gu;
/** Plain words PyYAML reads as YAML 1.1's value and merge tags, and then rejects. */
const YAML11_TAGS = new Set(['=', '<<']);

/**
 * Quotes every string scalar that a common YAML parser would read differently written
 * plain: yaml and js-yaml read YAML 1.2, PyYAML reads YAML 1.1 (where `yes`, `on`, `0777`,
 * `1:20` and `2024-01-01` are not strings) and, like Go's yaml.v3, ends a plain scalar in a
 * flow mapping at a `?` or `[` (`url: https://…?g=[1]`) and breaks a line at NEL, LS and PS.
 * Such strings are written in double quotes, keys too (`"y"`: YAML 1.1 and Go's yaml.v2 read
 * a plain `y` as true); every other scalar stays plain. Text that is not well-formed UTF-16
 * (a lone surrogate, which no UTF-8 file can hold) gets U+FFFD in its place.
 */
export function quoteUnportable(doc: Document): void {
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string') return;
      const value = node.value.replace(LONE_SURROGATE, '\ufffd');
      if (value !== node.value) node.value = value;
      if (node.type !== undefined && node.type !== 'PLAIN') return;
      const inFlow = path.some((p) => isCollection(p) && p.flow === true);
      if (needsQuotes(value, inFlow)) node.type = 'QUOTE_DOUBLE';
    },
  });
}

/**
 * Escapes what yaml writes raw inside double quotes but YAML 1.1 parsers would fold or
 * reject. Only double-quoted scalars hold these characters (`quoteUnportable` quotes them),
 * so the whole text can be rewritten.
 */
export function escapeQuotedBreaks(text: string): string {
  return text.replace(
    RAW_IN_QUOTES,
    (c) => ESCAPES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

function needsQuotes(value: string, inFlow: boolean): boolean {
  if (UNSAFE_CHARS.test(value)) return true;
  if (inFlow && (FLOW_INDICATORS.test(value) || value.includes('\n'))) return true;
  if (value === '' || /^\s|\s$/.test(value) || value.includes('\n')) return false;
  if (YAML11_TAGS.has(value)) return true;
  for (const version of ['1.1', '1.2'] as const) {
    try {
      if (parse(value, { version, logLevel: 'error' }) !== value) return true;
    } catch {
      return true;
    }
  }
  return false;
}
