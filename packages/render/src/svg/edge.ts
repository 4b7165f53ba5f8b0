import { type DrawContext, type Parent, r } from './context.js';

export interface EdgeDrawing {
  readonly from: string;
  readonly to: string;
  readonly style: 'solid' | 'dashed' | 'dotted';
  readonly points: ReadonlyArray<{ readonly x: number; readonly y: number }>;
}

const DASH: Record<EdgeDrawing['style'], string | undefined> = {
  solid: undefined,
  dashed: '10 8',
  dotted: '0.8 8',
};

/** A connector: an orthogonal polyline in the edge colour, round caps, solid, dashed or dotted. */
export function drawEdge(parent: Parent, edge: EdgeDrawing, ctx: DrawContext): void {
  if (edge.points.length < 2) return;
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join('');
  const dash = DASH[edge.style];
  parent.path(d).attr({
    class: `rk-edge rk-edge-${edge.style}`,
    fill: 'none',
    stroke: ctx.theme.colors.edge,
    'stroke-width': 3.5,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...(dash === undefined ? {} : { 'stroke-dasharray': dash }),
  });
}
