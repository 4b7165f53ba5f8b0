import { drawBoxNode, type NodeDrawing } from './box-node.js';
import type { DrawContext, Parent } from './context.js';

/** A link button to another page or roadmap: a filled, rounded box. */
export function drawButton(parent: Parent, node: NodeDrawing, ctx: DrawContext): void {
  const c = ctx.theme.colors;
  drawBoxNode(
    parent,
    node,
    { className: 'rk-button', fill: c.button, text: c.buttonText, stroke: undefined, radius: 8 },
    ctx,
  );
}
