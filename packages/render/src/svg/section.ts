import { SECTION_OPACITY } from '../theme.js';
import { type Box, type DrawContext, type Parent, r, type TextLine } from './context.js';
import { drawLabel } from './label.js';
import { nodeElementId } from './own-ids.js';

/** A section: a frame behind the topics it groups, with its label at the top. */
export function drawSection(
  parent: Parent,
  id: string,
  box: Box,
  lines: readonly TextLine[],
  size: number,
  ctx: DrawContext,
): void {
  const c = ctx.theme.colors;
  const group = parent.group().attr({ id: nodeElementId(id), class: 'rk-section' });
  group
    .rect(r(box.width), r(box.height))
    .move(r(box.x), r(box.y))
    .attr({
      class: ctx.paint.with('rk-box', {
        fill: c.section,
        'fill-opacity': SECTION_OPACITY,
        stroke: c.border,
        'stroke-width': 1.5,
        'stroke-dasharray': '6 4',
      }),
      rx: 8,
    });
  drawLabel(group, lines, { size, weight: 'bold', color: c.text }, ctx);
}
