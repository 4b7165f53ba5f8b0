import { segmentCrossesBox } from '../../geometry/box.js';
import { StoreArena } from '../../geometry/number-store.js';
import { routeOrthogonal } from '../../geometry/orthogonal-router.js';
import { simplifyPolyline } from '../../geometry/polyline.js';
import { roundPoint } from '../../geometry/round.js';
import { createSegmentIndex } from '../../geometry/segment-index.js';
import { createSpatialIndex, type SpatialIndex } from '../../geometry/spatial-index.js';
import type { Box, LayoutWarning, Point, PositionedEdge } from '../../positioned-roadmap.js';
import type { Passage } from '../auto/band-layout.js';
import type { Deadline } from '../deadline.js';
import type { EdgeModel, Side } from '../model/model.js';
import { preferredRoute } from './preferred-route.js';

/** The boxes edges run between and around, on the final canvas. */
export interface RouteScene {
  /** The boxes edges may start or end at, by id (nodes and the title block). */
  readonly ends: ReadonlyMap<string, Box>;
  /** Every box an edge must not pass through: nodes, title, call-outs, legend. */
  readonly obstacles: readonly Box[];
  /** The canvas: routes stay inside it. */
  readonly bounds: Box;
  /** The document's own edges stay inside these (the canvas less its margin). */
  readonly inner?: Box;
  readonly sides: ReadonlyMap<string, Side>;
  /** How branch edges reach the outer column of a two-column run, by the box they end at. */
  readonly passages?: ReadonlyMap<string, Passage>;
  /** The distance kept from boxes an edge goes around. */
  readonly clearance: number;
}

/** What crossing another edge costs a searched route, in px of length. */
const CROSSING_COST = 48;
/** Running along another edge costs this many times the shared length, on top of the length. */
const OVERLAP_FACTOR = 2;
/**
 * The document's own edges (cross-links) pay far more for each line they cross and for each
 * px they run within `NEAR` of another line, so they take a longer way round instead.
 */
const LINK_CROSSING_COST = 800;
const LINK_NEAR_FACTOR = 30;
/** Centre lines this close (px) count as running beside each other: 6 px apart plus a stroke. */
const NEAR = 10;

/**
 * Routes every edge. First the spine and branches that can take their preferred route (it
 * passes through no box); then every other edge is searched for around the boxes, keeping
 * `clearance` away from them (or half of it, or touching borders, when there is no room),
 * paying for every bend; a second search also pays for every edge it crosses and every
 * length it shares with an edge routed before it, and wins when it finishes in its budget.
 * If no path exists, the edge takes its preferred or a direct route and a warning says so.
 */
export function routeEdges(
  edges: readonly EdgeModel[],
  scene: RouteScene,
  deadline: Deadline,
  warnings: LayoutWarning[],
): PositionedEdge[] {
  const index = createSpatialIndex(scene.obstacles);
  const routes: Array<Point[] | undefined> = edges.map((edge) => {
    const from = scene.ends.get(edge.from);
    const to = scene.ends.get(edge.to);
    if (!from || !to) return undefined;
    const preferred = preferredRoute(
      edge,
      from,
      to,
      scene.sides.get(edge.to),
      scene.passages?.get(edge.to),
    );
    return preferred && isClear(preferred, scene.obstacles, index) ? preferred : undefined;
  });
  let searched = 0;
  const arena = new StoreArena();
  // The spine, as thin boxes: a cross-link between two boxes on one side must not cross it.
  const spine = spineBoxes(edges, routes);
  const withSpine = [...scene.obstacles, ...spine];
  const spineIndex = spine.length > 0 ? createSpatialIndex(withSpine) : index;
  // The routes so far, each added once when it is made.
  const routed = createSegmentIndex(routes.filter((r): r is Point[] => r !== undefined));
  edges.forEach((edge, i) => {
    const from = scene.ends.get(edge.from);
    const to = scene.ends.get(edge.to);
    if (routes[i] || !from || !to) return;
    if (++searched % 16 === 0) deadline.check('routing edges');
    const link = edge.origin === 'explicit';
    const penalty = link
      ? (a: Point, b: Point) => routed.cost(a, b, LINK_CROSSING_COST, LINK_NEAR_FACTOR, NEAR)
      : (a: Point, b: Point) => routed.cost(a, b, CROSSING_COST, OVERLAP_FACTOR);
    const fromSide = scene.sides.get(edge.from);
    const toSide = scene.sides.get(edge.to);
    const blockSpine = link && !(fromSide && toSide && fromSide !== toSide);
    const search = (clearance: number, maxSteps: number, avoidEdges: boolean, strict: boolean) =>
      routeOrthogonal({
        source: from,
        target: to,
        obstacles: strict && blockSpine ? withSpine : scene.obstacles,
        index: strict && blockSpine ? spineIndex : index,
        bounds: strict && link && scene.inner ? scene.inner : scene.bounds,
        clearance,
        maxSteps,
        arena,
        quarterPorts: link,
        ...(avoidEdges ? { penalty } : {}),
      });
    let points: Point[] | undefined;
    // Cross-links first keep off the spine and out of the margin, then may use both.
    for (const strict of link ? [true, false] : [false]) {
      for (const clearance of [scene.clearance, scene.clearance / 2, 0]) {
        const plain = search(clearance, 100_000, false, strict);
        if (!plain.points) continue;
        // A route that crosses and runs beside nothing already costs no more with the other
        // edges counted: no other route can beat it.
        if (costsNothing(plain.points, penalty)) {
          points = plain.points;
          break;
        }
        // Then look for a path that also avoids the other edges, within a budget set by how
        // hard the plain search was: avoiding edges widens a search a lot on large roadmaps.
        const budget = link ? 200_000 : Math.min(50_000, Math.max(5_000, 8 * plain.steps));
        const avoiding = search(clearance, budget, true, strict);
        points = avoiding.points ?? plain.points;
        break;
      }
      if (points) break;
    }
    if (!points) {
      warnings.push({
        code: 'edge-crosses-node',
        id: `${edge.from}->${edge.to}`,
        message: `no path from "${edge.from}" to "${edge.to}" goes around the other boxes; the edge crosses one`,
      });
      points = preferredRoute(edge, from, to, scene.sides.get(edge.to)) ?? directRoute(from, to);
    }
    routes[i] = points;
    routed.add(points);
  });
  const out: PositionedEdge[] = [];
  edges.forEach((edge, i) => {
    const points = routes[i];
    if (!points) return;
    const rounded = simplifyPolyline(points.map(roundPoint));
    const first = rounded[0] ?? { x: 0, y: 0 };
    out.push({
      from: edge.from,
      to: edge.to,
      style: edge.style,
      origin: edge.origin,
      points: rounded.length >= 2 ? rounded : [first, first],
    });
  });
  return out;
}

/** True when `penalty` is zero on every segment of the route. */
function costsNothing(points: readonly Point[], penalty: (a: Point, b: Point) => number): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && penalty(a, b) > 0) return false;
  }
  return true;
}

/** True when no segment of the route passes through the inside of a box. */
export function isClear(
  points: readonly Point[],
  boxes: readonly Box[],
  index: SpatialIndex,
): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const span = {
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.abs(b.x - a.x),
      height: Math.abs(b.y - a.y),
    };
    for (const k of index.queryBox(span)) {
      const box = boxes[k];
      if (box && segmentCrossesBox(a, b, box)) return false;
    }
  }
  return true;
}

/** The spine's segments as boxes 1 px wide. */
function spineBoxes(
  edges: readonly EdgeModel[],
  routes: ReadonlyArray<Point[] | undefined>,
): Box[] {
  const out: Box[] = [];
  edges.forEach((edge, i) => {
    const points = routes[i];
    if (edge.origin !== 'spine' || !points) return;
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1];
      const b = points[k];
      if (!a || !b) continue;
      out.push({
        x: Math.min(a.x, b.x) - 0.5,
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x) + 1,
        height: Math.abs(a.y - b.y),
      });
    }
  });
  return out;
}

/** The last resort: from the middle of the bottom of one box down and across to the other. */
function directRoute(from: Box, to: Box): Point[] {
  const start = { x: from.x + from.width / 2, y: from.y + from.height };
  const end = { x: to.x + to.width / 2, y: to.y };
  const mid = (start.y + end.y) / 2;
  return [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end];
}
