import { type DrawContext, type Parent, r } from './context.js';

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
  const drawn = new Map<string, Array<[number, number]>>();
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
function uncovered(edge: EdgeDrawing, drawn: Map<string, Array<[number, number]>>): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] | undefined;
  edge.points.slice(1).forEach((b, i) => {
    const a = edge.points[i] as Point;
    const horizontal = a.y === b.y;
    const vertical = a.x === b.x;
    const key = horizontal ? `${edge.style}h${a.y}` : vertical ? `${edge.style}v${a.x}` : undefined;
    const [s, t] = horizontal ? [a.x, b.x] : [a.y, b.y];
    const at = (v: number): Point => (horizontal ? { x: v, y: a.y } : { x: a.x, y: v });
    const free = key ? subtract(s, t, drawn.get(key) ?? []) : [[s, t] as [number, number]];
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
    if (key) {
      const list = drawn.get(key) ?? [];
      list.push([Math.min(s, t), Math.max(s, t)]);
      drawn.set(key, list);
    }
  });
  return pieces;
}

/**
 * The parts of s→t (in its direction) that none of `covered` holds: one pass over the covered
 * stretches that overlap it, in order of their start (many edges share one line, so a branch
 * of many subtopics must not subtract every earlier stretch one by one).
 */
function subtract(s: number, t: number, covered: ReadonlyArray<[number, number]>) {
  const low = Math.min(s, t);
  const high = Math.max(s, t);
  const overlapping = covered.filter(([c0, c1]) => c1 > low && c0 < high);
  overlapping.sort((a, b) => a[0] - b[0]);
  const free: Array<[number, number]> = [];
  let at = low;
  for (const [c0, c1] of overlapping) {
    if (c0 > at && c0 - at > 0.5) free.push([at, c0]);
    if (c1 > at) at = c1;
  }
  if (high - at > 0.5) free.push([at, high]);
  if (t < s) return free.reverse().map(([u, v]): [number, number] => [v, u]);
  return free;
}
