/**
 * Characters that a reader never sees and that later stages remove or ignore: C0 and C1
 * controls (NUL, tab, newlines, `\v`, `\f`, escape, DEL, …), U+FFFE/U+FFFF, lone surrogates,
 * zero-width and joiner characters (U+200B–U+200F, U+2060–U+2064, U+FEFF), the soft hyphen,
 * U+180E and the bidirectional controls (U+202A–U+202E, U+2066–U+2069), plus the line and
 * paragraph separators U+2028/U+2029.
 */
export const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters matched
  /[\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Characters XML 1.0 cannot carry (NUL, the C0 controls but tab and newlines, U+FFFE/U+FFFF,
 * lone surrogates). Text shown to readers keeps joiners (emoji sequences need U+200D).
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The one cleaning every text field goes through before it is drawn or written (SVG, HTML,
 * PDF, Markdown): characters XML cannot carry are removed, so the output is always well-formed.
 */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The text a reader would see: invisible characters removed, spaces trimmed. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}
