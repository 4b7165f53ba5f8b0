import { xmlSafeText } from '../escape.js';
import { type BadgeShape, drawBadge } from './badge.js';
import { type Box, type DrawContext, type Parent, r, type TextLine } from './context.js';
import { drawLabel } from './label.js';
import { OWN_IDS } from './own-ids.js';

export interface LegendItemDrawing {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly shape: BadgeShape;
  /** The badge centre. */
  readonly x: number;
  readonly y: number;
  readonly lines: readonly TextLine[];
}

/** The legend box: a framed list of badges and what they mean. */
export function drawLegend(
  parent: Parent,
  box: Box,
  items: readonly LegendItemDrawing[],
  size: number,
  ctx: DrawContext,
): void {
  const c = ctx.theme.colors;
  const group = parent.group().attr({
    id: OWN_IDS.legend,
    class: 'rk-legend',
    role: 'list',
    'aria-label': ctx.messages?.legend ?? 'Legend',
  });
  group
    .rect(r(box.width), r(box.height))
    .move(r(box.x), r(box.y))
    .attr({
      class: ctx.paint.with('rk-box', {
        fill: c.background,
        stroke: c.border,
        'stroke-width': 1.5,
      }),
      rx: 5,
    });
  for (const item of items) {
    const row = group.group().attr({ role: 'listitem', 'aria-label': xmlSafeText(item.label) });
    drawBadge(
      row,
      {
        x: item.x,
        y: item.y,
        color: item.color,
        shape: item.shape,
        label: item.label,
      },
      ctx,
    );
    drawLabel(row, item.lines, { size, weight: 'regular', color: c.text }, ctx);
  }
}
