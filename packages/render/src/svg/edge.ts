import { type DrawContext, type Parent, r } from './context.js';
import { type CoveredLines, coveredLines, type Stretch } from './covered-lines.js';

export interface EdgeDrawing {
  readonly from: string;
  readonly to: string;
  readonly style: 'solid' | 'dashed' | 'dotted';
  readonly points: ReadonlyArray<{ readonly x: number; readonly y: number }>;
}

type Point = { readonly x: number; readonly y: number };

/** Dash and gap lengths in px (a dot is a 0.8 px dash with round caps). */
const PATTERN: Record<EdgeDrawing['style'], readonly [number, number] | undefined> = {
  solid: undefined,
  dashed: [10, 8],
  dotted: [0.8, 8],
};

/**
 * Draws connectors: orthogonal polylines in the edge colour with round caps. Where edges
 * share a line (branches leaving one parent), each stretch is drawn once. Dashes and dots
 * are fitted to each straight stretch so that one sits on every corner and every end, and
 * the pattern never breaks at a joint.
 */
export function drawEdges(parent: Parent, edges: readonly EdgeDrawing[], ctx: DrawContext): void {
  const drawn = coveredLines();
  for (const edge of edges) {
    if (edge.points.length < 2) continue;
    const pieces = edge.style === 'solid' ? [edge.points] : uncovered(edge, drawn);
    for (const piece of pieces) drawPiece(parent, edge.style, piece, ctx);
  }
}

/** One connector (as `drawEdges` with one edge). */
export function drawEdge(parent: Parent, edge: EdgeDrawing, ctx: DrawContext): void {
  drawEdges(parent, [edge], ctx);
}

function drawPiece(
  parent: Parent,
  style: EdgeDrawing['style'],
  points: readonly Point[],
  ctx: DrawContext,
): void {
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join('');
  const pattern = PATTERN[style];
  parent.path(d).attr({
    class: ctx.paint.with(`rk-edge rk-edge-${style}`, {
      fill: 'none',
      stroke: ctx.theme.colors.edge,
      'stroke-width': 3.5,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    }),
    ...(pattern === undefined ? {} : { 'stroke-dasharray': fittedDashes(points, pattern) }),
  });
}

/**
 * A dash array for the whole polyline: on each straight stretch the gaps stretch or shrink a
 * little so that the stretch starts and ends with half a dash; the halves meet at corners.
 */
export function fittedDashes(points: readonly Point[], [dash, gap]: readonly [number, number]) {
  const values: number[] = [dash / 2];
  let total = 0;
  points.slice(1).forEach((b, i) => {
    const a = points[i] as Point;
    const length = Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
    if (length <= 0) return;
    total += length;
    if (i > 0 && values.length > 1) values[values.length - 1] = (values.at(-1) ?? 0) + dash / 2;
    const n = Math.max(1, Math.round(length / (dash + gap)));
    const g = Math.max(0, length / n - dash);
    for (let k = 0; k < n; k++) {
      const next = k === n - 1 ? dash / 2 : dash;
      // A stretch shorter than a dash has no room for a gap: its dashes join the last one
      // (a zero length in a dash array is invalid in PDF).
      if (g < 0.01) values[values.length - 1] = (values.at(-1) ?? 0) + next;
      else values.push(g, next);
    }
  });
  values.push(total + dash + gap);
  return values.map((v) => r(v)).join(' ');
}

/** The stretches of the edge no earlier edge of the same style has drawn, as polylines. */
function uncovered(edge: EdgeDrawing, drawn: CoveredLines): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] | undefined;
  edge.points.slice(1).forEach((b, i) => {
    const a = edge.points[i] as Point;
    const horizontal = a.y === b.y;
    const vertical = a.x === b.x;
    const key = horizontal ? `${edge.style}h${a.y}` : vertical ? `${edge.style}v${a.x}` : undefined;
    const [s, t] = horizontal ? [a.x, b.x] : [a.y, b.y];
    const at = (v: number): Point => (horizontal ? { x: v, y: a.y } : { x: a.x, y: v });
    const free = key ? drawn.uncovered(key, s, t) : [[s, t] as Stretch];
    for (const [u, v] of free) {
      const start = key ? at(u) : a;
      const end = key ? at(v) : b;
      const last = current?.at(-1);
      if (current && last && last.x === start.x && last.y === start.y) current.push(end);
      else {
        current = [start, end];
        pieces.push(current);
      }
    }
    const last = current?.at(-1);
    if (!last || last.x !== b.x || last.y !== b.y) current = undefined;
    if (key) drawn.draw(key, s, t);
  });
  return pieces;
}
