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

/** A multi-line label: one `<text>` with a `<tspan>` per wrapped line, placed by the layout. */
export function drawLabel(
  parent: Parent,
  lines: readonly TextLine[],
  style: LabelStyle,
  _ctx: DrawContext,
): void {
  if (lines.length === 0) return;
  // A right-to-left paragraph (Arabic, Hebrew) is laid out by the browser from its right end.
  const rtl = paragraphDirection(lines.map((line) => line.text).join(' ')) === 'rtl';
  // `plain`, not `text`: svg.js's `text('')` starts a line whose x it takes from a bounding box
  // (svgdom measures the text for it), and `rebuild(false)`: the lines carry their own x and y.
  const text = parent
    .plain('')
    .rebuild(false)
    .attr({
      'font-size': style.size,
      'font-weight': style.weight === 'bold' ? 700 : 400,
      fill: style.color,
      ...(style.anchor === 'middle' ? { 'text-anchor': 'middle' } : {}),
      ...(rtl ? { direction: 'rtl' } : {}),
    });
  text.clear();
  // In build mode each tspan is added to the text; outside it, svg.js replaces the content.
  text.build(true);
  for (const line of lines) {
    const x = rtl && style.anchor !== 'middle' ? line.x + (line.width ?? 0) : line.x;
    text.tspan(xmlSafeText(line.text)).attr({ x: r(x), y: r(line.y) });
  }
  text.build(false);
}
