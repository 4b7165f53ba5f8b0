import { type DrawContext, type Parent, r } from './context.js';
import { nodeElementId } from './own-ids.js';

export interface LineDrawing {
  readonly id: string;
  readonly from: { readonly x: number; readonly y: number };
  readonly to: { readonly x: number; readonly y: number };
  readonly style: 'solid' | 'dashed' | 'dotted';
  readonly color: string;
  readonly width: number;
}

const DASH = { solid: undefined, dashed: '10 8', dotted: '0.8 8' } as const;

/** A free line element (a vertical or horizontal rule the document pinned). */
export function drawLineElement(parent: Parent, line: LineDrawing, ctx: DrawContext): void {
  parent.line(r(line.from.x), r(line.from.y), r(line.to.x), r(line.to.y)).attr({
    id: nodeElementId(line.id),
    class: ctx.paint.with('rk-line', {
      stroke: line.color,
      'stroke-width': line.width,
      'stroke-linecap': 'round',
      'stroke-dasharray': DASH[line.style],
    }),
  });
}
