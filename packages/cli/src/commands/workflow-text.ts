/** Words YAML 1.1 parsers (PyYAML, Go's yaml.v2) read as booleans or null when written plain. */
const YAML_WORDS = /^(?:y|n|yes|no|on|off|true|false|null)$/i;
/** A path that every YAML parser and every shell reads as written: letters, digits, `_ . / -`. */
const PLAIN_PATH = /^(?:\.|[A-Za-z_][\w./-]*)$/;

/** Whether a path can be written into YAML and a shell command as it is. */
export function isPlainPath(text: string): boolean {
  return PLAIN_PATH.test(text) && !YAML_WORDS.test(text);
}

/**
 * A YAML scalar every common parser (yaml, js-yaml, PyYAML, Go's yaml.v3) reads back as
 * `text`: plain for a simple path, else double-quoted with JSON's escapes (which YAML
 * shares) plus the line breaks YAML 1.1 parsers would otherwise fold (NEL, LS, PS).
 */
export function yamlScalar(text: string): string {
  // A lone "." is a float (NaN) to some YAML 1.1 readers.
  return isPlainPath(text) && text !== '.' ? text : yamlQuoted(text);
}

/** `text` double-quoted as YAML: JSON's escapes, and NEL, LS and PS escaped too. */
export function yamlQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** `text` as one shell word: as it is when plain, else in single quotes. */
export function shellWord(text: string): string {
  return isPlainPath(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * `path` as a GitHub Actions path filter that matches only itself: each of the filter's
 * special characters (`* ? + [ ] !`, and `\` itself) escaped with a backslash.
 */
export function literalFilterPattern(path: string): string {
  return path.replace(/[\\*?+[\]!]/g, '\\$&');
}
