import type { FontSpec } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import type { ModelNode } from '../model/model.js';
import { framePad } from './group-frames.js';

/** Space kept between a header and a badge on a box's corner below it, in px. */
export const HEADER_BADGE_GAP = 2;

/**
 * Space kept between a header's line (from its ascent to its descent) and the frame's top
 * above it, and the boxes below it, in px: the line reaches into the frame's pad, whose room
 * its ascent and descent already leave free.
 */
export const HEADER_INSET = 1.5;

/** What the automatic layout needs to know of group frame headers. */
export interface FrameHeaders {
  readonly font: FontSpec;
  /**
   * The room a frame keeps above its boxes for its header, on top of its pad: one line of the
   * header font with `HEADER_INSET` above and below, less the pad.
   */
  readonly height: number;
  /**
   * The width a subtopic's header needs: its label on one line, and room for a badge on the
   * corner of the box under the header's end (no more than `maxLabelWidth`: a longer label is
   * cut short where it is placed).
   */
  readonly width: (node: ModelNode) => number;
}

/** The header font: the frame size, regular weight. */
export function frameHeaderFont(options: ResolvedOptions): FontSpec {
  return { size: options.fontSizes.frame, weight: 'regular' };
}

/** The headers of group frames, or undefined when frames or their headers are off. */
export function frameHeaders(options: ResolvedOptions): FrameHeaders | undefined {
  if (!options.frameHeaders || framePad(options.gaps) <= 0) return undefined;
  const font = frameHeaderFont(options);
  const { measurer } = options;
  // A badge's radius and the gap before it, and a pixel for the rounding of the boxes.
  const reserve = options.badgeRadius + HEADER_BADGE_GAP + 1;
  return {
    font,
    height: Math.max(0, measurer.lineHeight(font.size) + 2 * HEADER_INSET - framePad(options.gaps)),
    width: (node) => {
      const label = node.text.kind === 'label' ? node.text.text : '';
      return Math.min(options.maxLabelWidth, measurer.measureText(label, font) + reserve);
    },
  };
}
