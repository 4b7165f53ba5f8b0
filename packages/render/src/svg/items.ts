import { safeHref } from '../escape.js';
import { type Box, type DrawContext, type Parent, r, type TextLine } from './context.js';
import { drawLabel } from './label.js';

export interface ItemDrawing {
  readonly url?: string | undefined;
  readonly marker?: Box | undefined;
  readonly font: { readonly size: number; readonly weight: 'regular' | 'bold' };
  readonly lines: readonly TextLine[];
}

/** The rows of a checklist (with empty check boxes) or of a links group (each a real link). */
export function drawItems(
  parent: Parent,
  items: readonly ItemDrawing[],
  color: string,
  ctx: DrawContext,
): void {
  for (const item of items) {
    const href = safeHref(item.url);
    const row = href === undefined ? parent.group() : parent.link(href);
    row.addClass('rk-item');
    if (item.marker) {
      row
        .rect(r(item.marker.width), r(item.marker.height))
        .move(r(item.marker.x), r(item.marker.y))
        .attr({
          class: ctx.paint.with('rk-marker', { fill: 'none', stroke: color, 'stroke-width': 1.5 }),
          rx: 2,
          'aria-hidden': 'true',
        });
    }
    drawLabel(row, item.lines, { size: item.font.size, weight: item.font.weight, color }, ctx);
  }
}
