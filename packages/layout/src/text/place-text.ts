import type { Box, TextLine } from '../positioned-roadmap.js';
import type { MeasuredText } from './measure-text.js';

/** A row placed in its box: its area, its lines and its check box. */
export interface PlacedRow {
  readonly box: Box;
  readonly lines: readonly TextLine[];
  readonly marker?: Box;
}

export type TextAlign = 'center' | 'start' | 'end';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

/**
 * Places measured rows in a content box: the block of rows is centred vertically, or at the
 * top or bottom (it starts at the top when it does not fit); each line is centred
 * horizontally, starts at the left (at the right for a right-to-left row) or ends at the right.
 */
export function placeText(
  content: Box,
  text: MeasuredText,
  align: TextAlign,
  vertical: VerticalAlign = 'middle',
): PlacedRow[] {
  const room = Math.max(0, content.height - text.height);
  let top = content.y + (vertical === 'top' ? 0 : vertical === 'bottom' ? room : room / 2);
  return text.rows.map((row) => {
    const lines = row.lines.map((line, k): TextLine => {
      const free = content.width - row.indent - line.width;
      // Start-aligned right-to-left rows start at the right end of the box.
      const start = row.direction === 'rtl' ? free : 0;
      const shift = align === 'center' ? free / 2 : align === 'end' ? free : start;
      const x = content.x + row.indent + Math.max(0, shift);
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
