import { drawBoxNode, type NodeDrawing } from './box-node.js';
import type { DrawContext, Parent } from './context.js';

/** A subtopic beside its topic: a light-yellow box with a thinner border. */
export function drawSubtopic(parent: Parent, node: NodeDrawing, ctx: DrawContext): void {
  const c = ctx.theme.colors;
  drawBoxNode(
    parent,
    node,
    {
      className: 'rk-subtopic',
      fill: c.subtopic,
      text: c.subtopicText,
      stroke: c.border,
      strokeWidth: 2,
    },
    ctx,
  );
}
