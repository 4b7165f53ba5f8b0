import { safeHref, xmlSafeText } from '../escape.js';
import { type BadgeShape, drawBadge } from './badge.js';
import { type Box, type DrawContext, type Parent, r, type TextLine } from './context.js';
import { drawLabel } from './label.js';
import { nodeElementId } from './own-ids.js';

/** A node as the layout placed it: what the box builders draw. */
export interface NodeDrawing {
  readonly id: string;
  readonly box: Box;
  readonly lines: readonly TextLine[];
  readonly fontSize: number;
  readonly fontWeight: 'regular' | 'bold';
  readonly url?: string | undefined;
  /** The text the node's accessible name is built from (its whole label). */
  readonly label: string;
  readonly badge?:
    | {
        readonly x: number;
        readonly y: number;
        readonly color: string;
        readonly shape: BadgeShape;
        readonly label: string;
      }
    | undefined;
  readonly hasContent?: boolean | undefined;
}

export interface BoxStyle {
  readonly className: string;
  readonly fill: string;
  readonly text: string;
  readonly stroke: string | undefined;
  readonly strokeWidth?: number;
  readonly radius?: number;
  readonly dash?: string;
}

/**
 * A node group: a real `<a href>` when the node links somewhere (its URL, or its content in
 * the HTML page), a `<g>` otherwise; named for screen readers; box, label, then badge.
 */
export function drawBoxNode(
  parent: Parent,
  node: NodeDrawing,
  style: BoxStyle,
  ctx: DrawContext,
): void {
  const href = safeHref(node.url) ?? (node.hasContent ? ctx.contentHref?.(node.id) : undefined);
  const name = xmlSafeText(node.badge ? `${node.label} (${node.badge.label})` : node.label);
  const group = (href === undefined ? parent.group() : parent.link(href))
    .attr({ id: nodeElementId(node.id), class: style.className, 'aria-label': name })
    .attr(href === undefined ? { role: 'group' } : {});
  const { x, y, width, height } = node.box;
  if (style.fill !== 'none' || style.stroke !== undefined) {
    group
      .rect(r(width), r(height))
      .move(r(x), r(y))
      .attr({
        class: ctx.paint.with(
          'rk-box',
          style.stroke === undefined
            ? { fill: style.fill }
            : {
                fill: style.fill,
                stroke: style.stroke,
                'stroke-width': style.strokeWidth ?? 2.5,
                'stroke-dasharray': style.dash || undefined,
              },
        ),
        rx: style.radius ?? 5,
      });
  }
  drawLabel(
    group,
    node.lines,
    { size: node.fontSize, weight: node.fontWeight, color: style.text },
    ctx,
  );
  if (node.badge) drawBadge(group, node.badge, ctx);
}
