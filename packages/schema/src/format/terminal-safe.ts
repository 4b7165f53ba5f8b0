/** Most characters of one line of an issue shown on a terminal. */
const MAX_LINE = 400;

/**
 * Text from a file made safe to print on a terminal: control characters (escape sequences
 * that could move the cursor, clear the screen or set the title) become visible control
 * pictures (`ESC` → `␛`, NUL → `␀`), C1 controls and bidirectional overrides become `�`,
 * one character for one, so code-frame markers stay aligned; a long line is cut.
 */
export function terminalSafe(text: string, max = MAX_LINE): string {
  const safe = text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters replaced
    /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      const code = c.charCodeAt(0);
      if (code < 0x20) return String.fromCharCode(0x2400 + code);
      if (code === 0x7f) return '\u2421';
      return '\ufffd';
    },
  );
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
