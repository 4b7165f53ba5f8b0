import { drawBoxNode, type NodeDrawing } from './box-node.js';
import type { DrawContext, Parent } from './context.js';

/** A topic on the spine: a strong-yellow box with a firm border. */
export function drawTopic(parent: Parent, node: NodeDrawing, ctx: DrawContext): void {
  const c = ctx.theme.colors;
  drawBoxNode(
    parent,
    node,
    { className: 'rk-topic', fill: c.topic, text: c.topicText, stroke: c.border, strokeWidth: 2.7 },
    ctx,
  );
}
