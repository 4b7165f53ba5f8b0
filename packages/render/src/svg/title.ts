import type { DrawContext, Parent, TextLine } from './context.js';
import { drawLabel } from './label.js';
import { OWN_IDS } from './own-ids.js';

/** The title block: the roadmap's title in large bold type. */
export function drawTitle(
  parent: Parent,
  lines: readonly TextLine[],
  size: number,
  ctx: DrawContext,
): void {
  const group = parent
    .group()
    .attr({ id: OWN_IDS.titleBlock, class: 'rk-title', 'aria-hidden': 'true' });
  drawLabel(group, lines, { size, weight: 'bold', color: ctx.theme.colors.title }, ctx);
}
