/**
 * Removes characters XML 1.0 cannot carry (NUL, most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF), so no writer meets them.
 */
export function xmlSafeMarkdown(text: string): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}
