import type { Box, Point } from '../positioned-roadmap.js';
import type { RouteRequest } from './route-request.js';

// Directions: 0 = +x, 1 = -x, 2 = +y, 3 = -y.
export const DX: readonly number[] = Object.freeze([1, -1, 0, 0]);
export const DY: readonly number[] = Object.freeze([0, 0, 1, -1]);
export const OPPOSITE: readonly number[] = Object.freeze([1, 0, 3, 2]);

/** Where a path leaves or enters a box. */
export interface Port {
  /** On the box's border. */
  readonly at: Point;
  /** `clearance` outside the border, where the search starts or ends. */
  readonly exit: Point;
  /** The outward direction. */
  readonly dir: number;
}

/**
 * The middles of the four sides, with the points `c` outside them; with `quarters`, also the
 * quarter points of the top and bottom (a cross-link then need not share a middle with the
 * spine or a branch).
 */
export function ports(box: Box, c: number, quarters = false): Port[] {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = box.x + box.width;
  const b = box.y + box.height;
  return [
    { at: { x: r, y: cy }, exit: { x: r + c, y: cy }, dir: 0 },
    { at: { x: box.x, y: cy }, exit: { x: box.x - c, y: cy }, dir: 1 },
    { at: { x: cx, y: b }, exit: { x: cx, y: b + c }, dir: 2 },
    { at: { x: cx, y: box.y }, exit: { x: cx, y: box.y - c }, dir: 3 },
    ...(quarters
      ? [box.x + box.width / 4, box.x + (3 * box.width) / 4].flatMap((x) => [
          { at: { x, y: b }, exit: { x, y: b + c }, dir: 2 },
          { at: { x, y: box.y }, exit: { x, y: box.y - c }, dir: 3 },
        ])
      : []),
  ];
}

/** A test for points inside `area`, its border included. */
export function insideOf(area: Box): (p: Point) => boolean {
  return (p) =>
    p.x >= area.x && p.x <= area.x + area.width && p.y >= area.y && p.y <= area.y + area.height;
}

/**
 * The ports of a route's two ends whose exits are usable: inside `area` and not blocked (the
 * test of `createBlockedTest` for the request's boxes and clearance). With the request's
 * `portCache`, a box's usable ports are found once for each set of boxes, area and clearance.
 */
export function usablePorts(
  request: RouteRequest,
  area: Box,
  blocked: (x0: number, y0: number, x1: number, y1: number) => boolean,
): { starts: Port[]; ends: Port[] } {
  const inside = insideOf(area);
  const usable = (p: Port) => inside(p.exit) && !blocked(p.exit.x, p.exit.y, p.exit.x, p.exit.y);
  const of = (box: Box) => ports(box, request.clearance, request.quarterPorts).filter(usable);
  const cache = request.portCache;
  if (!cache) return { starts: of(request.source), ends: of(request.target) };
  return {
    starts: cache.get(request, area, request.source, of),
    ends: cache.get(request, area, request.target, of),
  };
}

type ByArea = WeakMap<Box, Map<number, Port[]>>;

/**
 * The usable ports of boxes, remembered for one routing run (the boxes must not move while
 * it lasts): routing many edges between the same boxes then tests each box's ports once. They
 * are told apart by the box, the list of obstacles and the area (the same objects) and by the
 * clearance and whether quarter points count.
 */
export class PortCache {
  readonly #byBox = new WeakMap<Box, WeakMap<readonly Box[], ByArea>>();

  /** The usable ports of `box` for this request and area, found by `find` the first time. */
  get(request: RouteRequest, area: Box, box: Box, find: (box: Box) => Port[]): Port[] {
    let byObstacles = this.#byBox.get(box);
    if (!byObstacles) {
      byObstacles = new WeakMap();
      this.#byBox.set(box, byObstacles);
    }
    let byArea = byObstacles.get(request.obstacles);
    if (!byArea) {
      byArea = new WeakMap();
      byObstacles.set(request.obstacles, byArea);
    }
    let byClearance = byArea.get(area);
    if (!byClearance) {
      byClearance = new Map();
      byArea.set(area, byClearance);
    }
    const key = request.clearance * 2 + (request.quarterPorts ? 1 : 0);
    let found = byClearance.get(key);
    if (!found) {
      found = find(box);
      byClearance.set(key, found);
    }
    return found;
  }
}
