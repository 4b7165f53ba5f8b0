import type { Box, Point } from '../positioned-roadmap.js';
import { clipBox, inflate, unionBoxes } from './box.js';
import { freeSpans } from './free-lines.js';
import { polylineLength, simplifyPolyline } from './polyline.js';
import type { RouteRequest } from './route-request.js';
import { DX, DY, insideOf, type Port, usablePorts } from './router-ports.js';
import { createBlockedTest } from './segment-blocked.js';

/** A route with what it costs: length, bends and the request's penalty. */
export interface PricedRoute {
  readonly points: Point[];
  /** Length plus `bendCost` per bend plus `penalty`. */
  readonly cost: number;
  /** The request's penalty along the route (0: it crosses and runs beside nothing). */
  readonly penalty: number;
}

/** Lanes tried side by side in a free band are this far apart (px): more than "beside". */
const LANE_STEP = 12;
/** Lanes tried on each side of a band's middle. */
const LANES = 3;
/** Two boxes further apart than this (px, either way) look for lanes near each end only, */
const FAR_APART = 3_000;
/** ...within this distance (px) of either box. */
const END_REACH = 600;
/** At most this many routes clear of the boxes are priced, cheapest first. */
const MAX_CHECKED = 12;

/**
 * The cheapest short route from `source` to `target`, found without a search: every route of
 * at most two bends between the exits of two ports (an L, or a Z whose middle runs along a
 * lane through a band free of boxes between or beside the two boxes, at the band's middle or
 * a few lanes off it). Routes are tried cheapest first by length and bends, each checked
 * against the boxes (keeping the clearance) and priced with the penalty, until no untried
 * route can be cheaper. Undefined when none of them is clear of the boxes.
 */
export function shortRoute(request: RouteRequest): PricedRoute | undefined {
  const c = request.clearance;
  const { bounds } = request;
  const bendCost = request.bendCost ?? 24;
  const blocked = createBlockedTest(request.obstacles, request.index, c);
  const inside = insideOf(bounds);
  const { starts, ends } = usablePorts(request, bounds, blocked);
  if (starts.length === 0 || ends.length === 0) return undefined;
  const { xs, ys } = lanes(request);

  // Each try: the two ports, the middle's corner points, and its length plus bends.
  const tries: Array<{ p: Port; q: Port; middle: Point[]; base: number }> = [];
  const add = (p: Port, q: Port, middle: Point[], bends: number) => {
    let length = 2 * c;
    let at = p.exit;
    for (const point of [...middle, q.exit]) {
      length += Math.abs(point.x - at.x) + Math.abs(point.y - at.y);
      at = point;
    }
    tries.push({ p, q, middle, base: length + bendCost * bends });
  };
  for (const p of starts)
    for (const q of ends) {
      const s = p.exit;
      const t = q.exit;
      const ph = p.dir < 2;
      const qh = q.dir < 2;
      const dxp = DX[p.dir] ?? 0;
      const dxq = DX[q.dir] ?? 0;
      const dyp = DY[p.dir] ?? 0;
      const dyq = DY[q.dir] ?? 0;
      if (ph && qh) {
        const bends = s.y === t.y ? 0 : 2;
        for (const m of xs)
          if ((m - s.x) * dxp >= 0 && (m - t.x) * dxq >= 0)
            add(
              p,
              q,
              [
                { x: m, y: s.y },
                { x: m, y: t.y },
              ],
              bends,
            );
      } else if (!ph && !qh) {
        const bends = s.x === t.x ? 0 : 2;
        for (const m of ys)
          if ((m - s.y) * dyp >= 0 && (m - t.y) * dyq >= 0)
            add(
              p,
              q,
              [
                { x: s.x, y: m },
                { x: t.x, y: m },
              ],
              bends,
            );
      } else if (ph) {
        if ((t.x - s.x) * dxp >= 0 && (s.y - t.y) * dyq >= 0) add(p, q, [{ x: t.x, y: s.y }], 1);
      } else if ((t.y - s.y) * dyp >= 0 && (s.x - t.x) * dxq >= 0)
        add(p, q, [{ x: s.x, y: t.y }], 1);
    }
  tries.sort((a, b) => a.base - b.base);

  let best: PricedRoute | undefined;
  let checked = 0;
  for (const { p, q, middle, base } of tries) {
    if ((best && base >= best.cost) || checked >= MAX_CHECKED) break;
    const path = [p.exit, ...middle, q.exit];
    if (!clear(path, inside, blocked)) continue;
    checked++;
    const points = simplifyPolyline([p.at, ...path, q.at]);
    const limit = best ? best.cost - base : Number.POSITIVE_INFINITY;
    const penalty = request.penalty ? routePenalty(points, request.penalty, limit) : 0;
    if (penalty < limit) best = { points, cost: base + penalty, penalty };
  }
  return best;
}

/** What a route costs as `shortRoute` prices it: length, `bendCost` per bend, the penalty. */
export function priceRoute(
  points: readonly Point[],
  bendCost: number,
  penalty?: (a: Point, b: Point) => number,
): PricedRoute {
  const extra = penalty ? routePenalty(points, penalty) : 0;
  return {
    points: [...points],
    cost: polylineLength(points) + bendCost * Math.max(0, points.length - 2) + extra,
    penalty: extra,
  };
}

/**
 * The lines a Z-shaped route's middle may run along: x of vertical lanes through the bands
 * free of boxes across the whole height of the two boxes, y of horizontal lanes through the
 * bands free across their width, looked for near the two boxes.
 */
function lanes(request: RouteRequest): { xs: number[]; ys: number[] } {
  const c = request.clearance;
  const near = unionBoxes([request.source, request.target]) ?? request.source;
  const margin = 4 * c + 0.25 * Math.max(near.width, near.height) + 40;
  const region = clipBox(inflate(near, margin), request.bounds);
  // Two boxes far apart: the bands are looked for near each of them (a lane through a box in
  // between is then tried and found blocked), so finding them costs what the two ends cost,
  // not what the length between them does. A box near both is met twice: its interval twice
  // leaves the same bands free.
  const areas =
    Math.max(near.width, near.height) <= FAR_APART
      ? [region]
      : [
          clipBox(inflate(request.source, END_REACH), region),
          clipBox(inflate(request.target, END_REACH), region),
        ];
  // The boxes across the two boxes' height (as x intervals) and down their width (y), in one
  // buffer: the first quarter holds the starts across, then their ends, then down.
  let capacity = 64;
  let buffer = new Float64Array(4 * capacity);
  let across = 0;
  let down = 0;
  const visit = (i: number): boolean => {
    const box = request.obstacles[i] as Box;
    if (Math.max(across, down) === capacity) {
      const grown = new Float64Array(8 * capacity);
      for (let q = 0; q < 4; q++)
        grown.set(buffer.subarray(q * capacity, (q + 1) * capacity), 2 * q * capacity);
      buffer = grown;
      capacity *= 2;
    }
    if (box.y - c < near.y + near.height && box.y + box.height + c > near.y) {
      buffer[across] = box.x - c;
      buffer[capacity + across++] = box.x + box.width + c;
    }
    if (box.x - c < near.x + near.width && box.x + box.width + c > near.x) {
      buffer[2 * capacity + down] = box.y - c;
      buffer[3 * capacity + down++] = box.y + box.height + c;
    }
    return false;
  };
  for (const area of areas) request.index.someInBox(area, visit);
  return {
    xs: laneValues(
      freeSpans(
        buffer.subarray(0, across),
        buffer.subarray(capacity, capacity + across),
        region.x,
        region.x + region.width,
      ),
    ),
    ys: laneValues(
      freeSpans(
        buffer.subarray(2 * capacity, 2 * capacity + down),
        buffer.subarray(3 * capacity, 3 * capacity + down),
        region.y,
        region.y + region.height,
      ),
    ),
  };
}

/** Each band's middle and a few lanes either side of it, inside the band. */
function laneValues(bands: ReadonlyArray<readonly [number, number]>): number[] {
  const out: number[] = [];
  for (const [a, b] of bands) {
    const mid = (a + b) / 2;
    out.push(mid);
    for (let k = 1; k <= LANES; k++) {
      if (mid - k * LANE_STEP >= a) out.push(mid - k * LANE_STEP);
      if (mid + k * LANE_STEP <= b) out.push(mid + k * LANE_STEP);
    }
  }
  return out;
}

/** True when the path from exit to exit stays inside the bounds and clear of the boxes. */
function clear(
  path: readonly Point[],
  inside: (p: Point) => boolean,
  blocked: (x0: number, y0: number, x1: number, y1: number) => boolean,
): boolean {
  if (!path.every(inside)) return false;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as Point;
    const b = path[i] as Point;
    if ((a.x !== b.x || a.y !== b.y) && blocked(a.x, a.y, b.x, b.y)) return false;
  }
  return true;
}

/** The penalty along a route, or a value at least `limit` once it reaches that. */
function routePenalty(
  points: readonly Point[],
  penalty: (a: Point, b: Point) => number,
  limit = Number.POSITIVE_INFINITY,
): number {
  let sum = 0;
  for (let i = 1; i < points.length && sum < limit; i++)
    sum += Math.max(0, penalty(points[i - 1] as Point, points[i] as Point));
  return sum;
}
