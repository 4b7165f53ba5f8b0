import { z } from 'zod';
import { color, label, nodeId } from './primitives.js';

export const BADGE_SHAPES = ['check-circle', 'circle', 'square', 'diamond'] as const;
export const BADGE_CORNERS = ['right-top', 'left-top', 'right-center', 'left-center'] as const;

export const legendItem = z
  .strictObject({
    id: nodeId.meta({
      description: 'The id of the legend item: a node carries its badge by naming it in `legend`.',
      examples: ['recommended', 'alternative'],
    }),
    label: label.meta({
      description: 'The text of the legend item, next to its badge.',
      examples: ['Start here', 'An alternative'],
    }),
    color: color.meta({
      description: 'The colour of the badge: #rgb, #rrggbb or a palette name.',
      examples: ['purple', '#2b78e4'],
    }),
    shape: z.enum(BADGE_SHAPES).default('check-circle'),
  })
  .describe('A legend entry: nodes that reference it carry its badge.');

/** The fields a node uses to carry a legend badge. */
export const legendReference = {
  legend: nodeId.optional().describe('The id of a legend item whose badge this node carries.'),
  badgeCorner: z
    .enum(BADGE_CORNERS)
    .optional()
    .describe('The corner the badge sits on (default right-top).'),
};
