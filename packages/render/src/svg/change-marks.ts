import type { PositionedRoadmap } from '@roadmapkit/layout';
import { type DrawContext, type Parent, r } from './context.js';
import { drawLabel } from './label.js';

/** How a node changed, for a picture of a change: outlined green, amber, or drawn as a ghost. */
export type ChangeMark = 'added' | 'changed' | 'removed';

/** The marks to draw, by node id. */
export type ChangeMarks = Readonly<Record<string, ChangeMark>>;

const COLORS: Record<ChangeMark, string> = {
  added: '#16a34a',
  changed: '#d97706',
  removed: '#6b7280',
};

/** The height of the band under the picture that holds the key to the marks. */
export const CHANGE_KEY_HEIGHT = 48;

/**
 * Draws the marks: under the nodes, a green, amber or dashed grey outline around added,
 * changed and removed boxes; over them, a veil of the background on removed boxes, so they
 * read as ghosts while badges and labels of the others stay on top of their outline.
 */
export function drawChangeMarks(
  parent: Parent,
  positioned: PositionedRoadmap,
  marks: ChangeMarks,
  layer: 'under' | 'over',
  ctx: DrawContext,
): void {
  const group = parent.group().addClass(`rk-change-marks-${layer}`).attr({ 'aria-hidden': 'true' });
  for (const node of positioned.nodes) {
    const mark = marks[node.id];
    if (mark === undefined) continue;
    const { x, y, width, height } = node.box;
    if (layer === 'over') {
      if (mark !== 'removed') continue;
      group
        .rect(r(width), r(height))
        .move(r(x), r(y))
        .attr({
          class: ctx.paint.with('rk-ghost', {
            fill: ctx.theme.colors.background,
            'fill-opacity': 0.7,
          }),
          rx: 5,
        });
      continue;
    }
    group
      .rect(r(width + 8), r(height + 8))
      .move(r(x - 4), r(y - 4))
      .attr({
        class: ctx.paint.with(`rk-mark-${mark}`, {
          fill: 'none',
          stroke: COLORS[mark],
          'stroke-width': 3.5,
          'stroke-dasharray': mark === 'removed' ? '7 5' : undefined,
        }),
        rx: 8,
      });
  }
}

/** The key to the marks, in a band at the bottom of the canvas starting at `top`. */
export function drawChangeKey(parent: Parent, top: number, ctx: DrawContext): void {
  const group = parent
    .group()
    .attr({ id: 'rk-change-key', class: 'rk-change-key', role: 'list', 'aria-label': 'Changes' });
  const entries: Array<[ChangeMark, string]> = [
    ['added', 'added'],
    ['changed', 'changed'],
    ['removed', 'removed'],
  ];
  let x = 24;
  for (const [mark, text] of entries) {
    const row = group.group().attr({ role: 'listitem', 'aria-label': text });
    row
      .rect(28, 18)
      .move(x, top + 15)
      .attr({
        class: ctx.paint.of({
          fill: 'none',
          stroke: COLORS[mark],
          'stroke-width': 3,
          'stroke-dasharray': mark === 'removed' ? '5 3' : undefined,
        }),
        rx: 4,
      });
    drawLabel(
      row,
      [{ text, x: x + 36, y: top + 29 }],
      { size: 15, weight: 'regular', color: ctx.theme.colors.text },
      ctx,
    );
    x += 36 + text.length * 9 + 28;
  }
}
