import { drawBoxNode, type NodeDrawing } from './box-node.js';
import type { DrawContext, Parent } from './context.js';

/** A paragraph call-out: text in a lightly framed box. */
export function drawParagraph(parent: Parent, node: NodeDrawing, ctx: DrawContext): void {
  const c = ctx.theme.colors;
  drawBoxNode(
    parent,
    node,
    {
      className: 'rk-paragraph',
      fill: c.paragraph,
      text: c.text,
      stroke: c.border,
      strokeWidth: 1.5,
    },
    ctx,
  );
}
