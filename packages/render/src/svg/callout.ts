import { safeHref } from '../escape.js';
import type { DrawContext, Parent, TextLine } from './context.js';
import { drawLabel } from './label.js';

/** A call-out under the title: its text, then its link. */
export function drawCallout(
  parent: Parent,
  text: readonly TextLine[],
  link: { readonly url: string; readonly lines: readonly TextLine[] },
  size: number,
  ctx: DrawContext,
): void {
  const group = parent.group().addClass('rk-callout');
  drawLabel(group, text, { size, weight: 'regular', color: ctx.theme.colors.text }, ctx);
  const href = safeHref(link.url);
  const target = href === undefined ? group : group.link(href);
  drawLabel(target, link.lines, { size, weight: 'bold', color: ctx.theme.colors.link }, ctx);
}
