import { drawBoxNode, type NodeDrawing } from './box-node.js';
import type { DrawContext, Parent } from './context.js';

/** A free label: text without a box (often a link). */
export function drawFreeLabel(parent: Parent, node: NodeDrawing, ctx: DrawContext): void {
  drawBoxNode(
    parent,
    node,
    { className: 'rk-label', fill: 'none', text: ctx.theme.colors.text, stroke: undefined },
    ctx,
  );
}
