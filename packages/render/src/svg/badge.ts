import { type DrawContext, type Parent, r } from './context.js';

export type BadgeShape = 'check-circle' | 'circle' | 'square' | 'diamond';

export interface BadgeSpec {
  readonly x: number;
  readonly y: number;
  readonly color: string;
  readonly shape: BadgeShape;
  /** The legend item's label, the badge's accessible name. */
  readonly label: string;
  readonly radius?: number;
}

/** A legend badge: a check-circle (or another shape) in the legend item's colour. */
export function drawBadge(parent: Parent, badge: BadgeSpec, ctx: DrawContext): void {
  const radius = badge.radius ?? 9;
  const group = parent.group().addClass('rk-badge').attr({ 'aria-hidden': 'true' });
  const { x, y } = badge;
  const fill = ctx.paint.of({ fill: badge.color });
  if (badge.shape === 'square') {
    group
      .rect(radius * 2, radius * 2)
      .move(r(x - radius), r(y - radius))
      .attr({ class: fill, rx: 2 });
  } else if (badge.shape === 'diamond') {
    group
      .polygon([
        [r(x), r(y - radius)],
        [r(x + radius), r(y)],
        [r(x), r(y + radius)],
        [r(x - radius), r(y)],
      ])
      .attr({ class: fill });
  } else {
    group
      .circle(radius * 2)
      .center(r(x), r(y))
      .attr({ class: fill });
  }
  if (badge.shape === 'check-circle') {
    const s = radius / 9;
    group
      .path(
        `M${r(x - 4 * s)} ${r(y + 0.2 * s)}L${r(x - 1.2 * s)} ${r(y + 3 * s)}L${r(x + 4.2 * s)} ${r(y - 3 * s)}`,
      )
      .attr({
        class: ctx.paint.of({
          fill: 'none',
          stroke: '#ffffff',
          'stroke-width': r(2.2 * s),
          'stroke-linecap': 'round',
          'stroke-linejoin': 'round',
        }),
      });
  }
}
