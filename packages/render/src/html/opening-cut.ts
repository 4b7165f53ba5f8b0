import { openingBand, type PictureFacts } from '../client/opening-view.js';
import { attribute } from '../markup-attribute.js';
import type { Piece } from './picture-parts.js';
import { type Box, pieceBox } from './piece-box.js';

/**
 * The viewports (CSS px: width, height under the page's bar) the opening part covers at their
 * opening view: a 390 × 844 phone (its bar takes two rows, about 110 px) and a 1280 × 1080
 * desktop (a 50 px bar). Other screens see the rest a frame later.
 */
export const OPENING_SCREENS: readonly (readonly [number, number])[] = [
  [390, 734],
  [1280, 1030],
];

/** The first gap between boxes at or below the band every opening screen shows. */
export function cutLine(facts: PictureFacts, boxes: readonly Box[], margin: number): number {
  const needed = Math.max(...OPENING_SCREENS.map(([w, h]) => openingBand(facts, w, h)[1]));
  const crossing = (y: number) => boxes.some((b) => b.top < y && b.bottom > y);
  // Candidate lines: just below each box's bottom (a gap starts there), from the top down.
  const candidates = [...new Set(boxes.map((b) => b.bottom + margin))]
    .filter((y) => y >= needed)
    .sort((a, b) => a - b);
  return candidates.find((y) => !crossing(y)) ?? facts.height;
}

/** The facts the page's opening script needs, read from the picture's markup. */
export function pictureFacts(
  width: number,
  height: number,
  nodes: readonly Piece[],
  fontSize: (classes: string) => number | undefined,
): PictureFacts {
  let labelPx = 14;
  let first: PictureFacts['first'];
  for (const node of nodes) {
    const kind = attribute(node.attributes, 'class')?.split(/\s+/) ?? [];
    if (!kind.includes('rk-topic') && !kind.includes('rk-subtopic')) continue;
    for (const m of node.markup.matchAll(/<text\b[^>]*?class="([^"]*)"/g))
      labelPx = Math.min(labelPx, fontSize(m[1] ?? '') ?? labelPx);
    if (kind.includes('rk-topic') && !first) {
      const box = pieceBox(node.markup, fontSize);
      const rect = /<rect\b[^>]*>/.exec(node.markup)?.[0] ?? '';
      const n = (name: string) => Number(attribute(rect.slice(5), name) ?? Number.NaN);
      first = Number.isFinite(n('y'))
        ? { x: n('x'), y: n('y'), w: n('width'), h: n('height') }
        : { x: box.left, y: box.top, w: box.right - box.left, h: box.bottom - box.top };
    }
  }
  return { width, height, labelPx, first };
}
