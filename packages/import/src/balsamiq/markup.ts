import { toColor } from '../core/colors.js';

/** Text with Balsamiq's colour markup taken out, and the first colour it named, if ours. */
export interface MarkedText {
  readonly text: string;
  readonly color: string | undefined;
}

const COLOR_TAG = /\{color(?::\s*([^}]*))?\}/gi;

/**
 * Strips inline colour markup (`{color:blue3}text{color}`). The colour is kept when it maps
 * to a hex value or a palette name (Balsamiq's shade digits dropped: `blue3` → `blue`).
 */
export function readMarkup(raw: string): MarkedText {
  let color: string | undefined;
  const text = raw.replace(COLOR_TAG, (_tag, value: string | undefined) => {
    if (color === undefined && value !== undefined) {
      const name = value.trim();
      color = toColor(name) ?? toColor(name.replace(/\d+$/, ''));
    }
    return '';
  });
  return { text: text.replace(/\r\n?/g, '\n').trim(), color };
}
