import { frameHeaderColor, frameStroke } from '../theme.js';
import { type Box, type DrawContext, type Parent, r, type TextLine } from './context.js';
import { drawLabel } from './label.js';

/** A group's frame as the layout placed it, with its header when it has one. */
export interface GroupFrame {
  readonly id: string;
  readonly box: Box;
  readonly header?: {
    readonly font: { readonly size: number; readonly weight: 'regular' | 'bold' };
    readonly lines: readonly TextLine[];
  };
}

/**
 * The frames around groups of subtopics (the subtopics hanging from one subtopic, a run in two
 * columns): rounded outlines with no fill, drawn under the edges and the boxes, outer frames
 * first, each with its header (the group's label) in a softened text colour.
 */
export function drawGroupFrames(
  parent: Parent,
  frames: readonly GroupFrame[],
  ctx: DrawContext,
): void {
  if (frames.length === 0) return;
  const stroke = frameStroke(ctx.theme.colors);
  const color = frameHeaderColor(ctx.theme.colors);
  const group = parent.group().addClass('rk-group-frames');
  for (const frame of frames) {
    group
      .rect(r(frame.box.width), r(frame.box.height))
      .move(r(frame.box.x), r(frame.box.y))
      .attr({
        class: ctx.paint.with('rk-group-frame', { fill: 'none', stroke, 'stroke-width': 1 }),
        rx: 6,
      });
    const header = frame.header;
    if (header && header.lines.length > 0) {
      const holder = group.group().addClass('rk-group-header');
      drawLabel(holder, header.lines, { ...header.font, color }, ctx);
    }
  }
}
