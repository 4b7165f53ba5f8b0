import { frameStroke } from '../theme.js';
import { type Box, type DrawContext, type Parent, r } from './context.js';

/** A group's frame as the layout placed it. */
export interface GroupFrame {
  readonly id: string;
  readonly box: Box;
}

/**
 * The frames around groups of subtopics (the subtopics hanging from one subtopic, a run in two
 * columns): rounded outlines with no fill, drawn under the edges and the boxes, outer frames
 * first.
 */
export function drawGroupFrames(
  parent: Parent,
  frames: readonly GroupFrame[],
  ctx: DrawContext,
): void {
  if (frames.length === 0) return;
  const stroke = frameStroke(ctx.theme.colors);
  const group = parent.group().addClass('rk-group-frames');
  for (const frame of frames)
    group.rect(r(frame.box.width), r(frame.box.height)).move(r(frame.box.x), r(frame.box.y)).attr({
      class: 'rk-group-frame',
      rx: 6,
      fill: 'none',
      stroke,
      'stroke-width': 1,
    });
}
