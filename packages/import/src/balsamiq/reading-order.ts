import { textOf } from './control-text.js';
import type { Control } from './controls.js';
import type { MarkedText } from './markup.js';

/** Pieces of text at most this far apart (px) touch: they are one word, written without a space. */
const TOUCH = 2;

/**
 * The texts of a group's labels in reading order, one per line: labels whose vertical
 * middles lie within half a label height of each other form a line (so a pixel of jitter
 * does not reorder them), lines go top to bottom and a line's pieces left to right, joined
 * by a space unless they touch.
 */
export function readingOrder(labels: readonly Control[]): MarkedText[] {
  const placed = labels
    .map((control) => ({ control, text: textOf(control) }))
    .filter((item) => item.text.text !== '')
    .map((item) => {
      const { position, width, height } = item.control;
      const h = height ?? 20;
      return {
        ...item,
        x: position?.x ?? 0,
        right: (position?.x ?? 0) + (width ?? 0),
        middle: (position?.y ?? 0) + h / 2,
        height: h,
      };
    })
    .sort((a, b) => a.middle - b.middle);
  const lines: Array<typeof placed> = [];
  for (const item of placed) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line !== undefined && first !== undefined) {
      const tolerance = Math.min(first.height, item.height) / 2;
      if (Math.abs(item.middle - first.middle) <= tolerance) {
        line.push(item);
        continue;
      }
    }
    lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let right = Number.NEGATIVE_INFINITY;
    for (const item of line) {
      const gap = item.x - right;
      text += text === '' || gap <= TOUCH ? item.text.text : ` ${item.text.text}`;
      right = item.right;
    }
    const color = line.find((item) => item.text.color !== undefined)?.text.color;
    return { text, color };
  });
}
