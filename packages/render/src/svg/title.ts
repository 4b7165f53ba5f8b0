import type { DrawContext, Parent, TextLine } from './context.js';
import { drawLabel } from './label.js';

/** The title block: the roadmap's title in large bold type. */
export function drawTitle(
  parent: Parent,
  lines: readonly TextLine[],
  size: number,
  ctx: DrawContext,
): void {
  const group = parent
    .group()
    .attr({ id: 'rk-title-block', class: 'rk-title', 'aria-hidden': 'true' });
  drawLabel(group, lines, { size, weight: 'bold', color: ctx.theme.colors.title }, ctx);
}
