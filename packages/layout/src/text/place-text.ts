import type { Box, TextLine } from '../positioned-roadmap.js';
import type { MeasuredText } from './measure-text.js';

/** A row placed in its box: its area, its lines and its check box. */
export interface PlacedRow {
  readonly box: Box;
  readonly lines: readonly TextLine[];
  readonly marker?: Box;
}

/**
 * Places measured rows in a content box: the block of rows is centred vertically (or starts
 * at the top when it does not fit), each line is centred horizontally or starts at the left
 * (at the right for a right-to-left paragraph).
 */
export function placeText(
  content: Box,
  text: MeasuredText,
  align: 'center' | 'start',
): PlacedRow[] {
  let top = content.y + Math.max(0, (content.height - text.height) / 2);
  return text.rows.map((row) => {
    const lines = row.lines.map((line, k): TextLine => {
      const free = content.width - row.indent - line.width;
      // Start-aligned right-to-left rows start at the right end of the box.
      const start = row.direction === 'rtl' ? Math.max(0, free) : 0;
      const x = content.x + row.indent + (align === 'center' ? Math.max(0, free / 2) : start);
      return { text: line.text, x, y: top + k * row.lineHeight + row.baseline, width: line.width };
    });
    const box: Box = { x: content.x, y: top, width: content.width, height: row.height };
    const marker: Box | undefined =
      row.marker > 0
        ? {
            x: content.x,
            y: top + (row.lineHeight - row.marker) / 2,
            width: row.marker,
            height: row.marker,
          }
        : undefined;
    top += row.height + text.rowGap;
    return marker ? { box, lines, marker } : { box, lines };
  });
}
