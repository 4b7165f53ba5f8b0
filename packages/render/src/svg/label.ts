import { paragraphDirection } from '@roadmapkit/fonts/measurer';
import { xmlSafeText } from '../escape.js';
import type { DrawContext, Parent, TextLine } from './context.js';
import { r } from './context.js';

export interface LabelStyle {
  readonly size: number;
  readonly weight: 'regular' | 'bold';
  readonly color: string;
  /** start (left-aligned lines) or middle (x is the centre of each line). */
  readonly anchor?: 'start' | 'middle';
}

/**
 * A label placed by the layout: a one-line label is a `<text x y>`, a label of several lines
 * one `<text>` with a `<tspan x y>` per line. Its paint (size, weight, colour, anchor) is a
 * class; a right-to-left label also carries `direction="rtl"`.
 */
export function drawLabel(
  parent: Parent,
  lines: readonly TextLine[],
  style: LabelStyle,
  ctx: DrawContext,
): void {
  if (lines.length === 0) return;
  // A right-to-left paragraph (Arabic, Hebrew) is laid out by the browser from its right end.
  const rtl = paragraphDirection(lines.map((line) => line.text).join(' ')) === 'rtl';
  const paint = ctx.paint.of({
    'font-size': style.size,
    'font-weight': style.weight === 'bold' ? 700 : 400,
    fill: style.color,
    'text-anchor': style.anchor === 'middle' ? 'middle' : undefined,
  });
  const at = (line: TextLine) => ({
    x: r(rtl && style.anchor !== 'middle' ? line.x + (line.width ?? 0) : line.x),
    y: r(line.y),
  });
  const only = lines.length === 1 ? lines[0] : undefined;
  // `plain`, not `text`: svg.js's `text()` places lines from a measured bounding box, and
  // `rebuild(false)`: the lines carry their own x and y (no re-layout when x is set).
  const text = parent
    .plain(only ? xmlSafeText(only.text) : '')
    .rebuild(false)
    .attr({ class: paint, ...(only ? at(only) : {}), ...(rtl ? { direction: 'rtl' } : {}) });
  if (only) return;
  text.clear();
  // In build mode each tspan is added to the text; outside it, svg.js replaces the content.
  text.build(true);
  for (const line of lines) text.tspan(xmlSafeText(line.text)).attr(at(line));
  text.build(false);
}
