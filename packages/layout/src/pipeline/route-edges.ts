import { segmentCrossesBox } from '../geometry/box.js';
import { StoreArena } from '../geometry/number-store.js';
import { routeOrthogonal } from '../geometry/orthogonal-router.js';
import { simplifyPolyline } from '../geometry/polyline.js';
import { roundPoint } from '../geometry/round.js';
import { createSegmentIndex } from '../geometry/segment-index.js';
import { createSpatialIndex, type SpatialIndex } from '../geometry/spatial-index.js';
import type { Box, LayoutWarning, Point, PositionedEdge } from '../positioned-roadmap.js';
import type { Deadline } from './deadline.js';
import type { Passage } from './band-layout.js';
import type { EdgeModel, Side } from './model.js';
import { preferredRoute } from './preferred-route.js';

/** The boxes edges run between and around, on the final canvas. */
export interface RouteScene {
  /** The boxes edges may start or end at, by id (nodes and the title block). */
  readonly ends: ReadonlyMap<string, Box>;
  /** Every box an edge must not pass through: nodes, title, call-outs, legend. */
  readonly obstacles: readonly Box[];
  /** The canvas: routes stay inside it. */
  readonly bounds: Box;
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
  edges.forEach((edge, i) => {
    const from = scene.ends.get(edge.from);
    const to = scene.ends.get(edge.to);
    if (routes[i] || !from || !to) return;
    if (++searched % 16 === 0) deadline.check('routing edges');
    const routed = createSegmentIndex(routes.filter((r): r is Point[] => r !== undefined));
    const penalty = (a: Point, b: Point) =>
      CROSSING_COST * routed.crossings(a, b) + OVERLAP_FACTOR * routed.overlap(a, b);
    const search = (clearance: number, maxSteps: number, avoidEdges: boolean) =>
      routeOrthogonal({
        source: from,
        target: to,
        obstacles: scene.obstacles,
        index,
        bounds: scene.bounds,
        clearance,
        maxSteps,
        arena,
        ...(avoidEdges ? { penalty } : {}),
      });
    let points: Point[] | undefined;
    for (const clearance of [scene.clearance, scene.clearance / 2, 0]) {
      const plain = search(clearance, 100_000, false);
      if (!plain.points) continue;
      // Then look for a path that also avoids the other edges, within a budget set by how
      // hard the plain search was: avoiding edges widens a search a lot on large roadmaps.
      const avoiding = search(clearance, Math.min(50_000, Math.max(5_000, 8 * plain.steps)), true);
      points = avoiding.points ?? plain.points;
      break;
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

/** The last resort: from the middle of the bottom of one box down and across to the other. */
function directRoute(from: Box, to: Box): Point[] {
  const start = { x: from.x + from.width / 2, y: from.y + from.height };
  const end = { x: to.x + to.width / 2, y: to.y };
  const mid = (start.y + end.y) / 2;
  return [start, { x: start.x, y: mid }, { x: end.x, y: mid }, end];
}
