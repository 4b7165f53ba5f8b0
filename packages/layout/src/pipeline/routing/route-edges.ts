import { segmentCrossesBox } from '../../geometry/box.js';
import { StoreArena } from '../../geometry/number-store.js';
import { routeOrthogonal } from '../../geometry/orthogonal-router.js';
import { simplifyPolyline } from '../../geometry/polyline.js';
import { roundPoint } from '../../geometry/round.js';
import { PortCache } from '../../geometry/router-ports.js';
import { createSegmentIndex, type SegmentIndex } from '../../geometry/segment-index.js';
import { createSpatialIndex, type SpatialIndex } from '../../geometry/spatial-index.js';
import type { Box, LayoutWarning, Point, PositionedEdge } from '../../positioned-roadmap.js';
import type { Passage } from '../auto/band-layout.js';
import type { Deadline } from '../deadline.js';
import type { EdgeModel, Side } from '../model/model.js';
import { preferredRoute } from './preferred-route.js';
import { type EdgeSearch, type Penalty, routeLink, routeTreeEdge } from './route-one-edge.js';
import { createSearchBudget } from './search-budget.js';

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
  /** In an automatic layout, the gap between columns: branches run along its middle. */
  readonly columnGap?: number;
  /** The distance kept from boxes an edge goes around. */
  readonly clearance: number;
  /**
   * Frames drawn around groups of boxes: a cross-link may cross their outlines (to reach a box
   * inside) but pays for it, and pays like for any line to run beside one.
   */
  readonly outlines?: readonly Box[];
  /**
   * The boxes of frame headers: the tree's edges keep out of them like out of a node (the
   * document's own edges may cross them, as they may cross a frame).
   */
  readonly headers?: readonly Box[];
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
/**
 * Crossing a frame's outline: a link to a box inside must cross one, so it costs less than
 * crossing a line, but enough that a link does not weave in and out of frames.
 */
const OUTLINE_CROSSING_COST = 120;
/** Running beside a frame's outline: less than beside a line, which it is easier to tell apart from. */
const OUTLINE_NEAR_FACTOR = 4;
/**
 * A cross-link's segment that costs this much is as bad as it gets: the count stops there, so
 * pricing a segment in a crowded place looks at a bounded number of other lines.
 */
const LINK_COST_LIMIT = 16 * LINK_CROSSING_COST;
/** What each px a cross-link runs along the edge of the picture costs. */
const EDGE_FACTOR = 5;
/** A cross-link may run beside another line for this long (px), and no longer. */
const MAX_NEAR_RUN = 20;
/** What each px beside another line costs a cross-link tried again for running too long there. */
const HARSH_NEAR_FACTOR = 20 * LINK_NEAR_FACTOR;
/** Centre lines this close (px) count as running beside each other: 6 px apart plus a stroke. */
const NEAR = 10;

/**
 * Routes every edge. First the spine and branches that can take their preferred route (it
 * passes through no box); then every other spine or branch edge is searched for around the
 * boxes (`routeTreeEdge`), and every cross-link first tries the short routes of at most two
 * bends, then searches drawing on one budget shared by all cross-links (`routeLink`): the
 * routing of a roadmap grows with its boxes and edges, not with how tangled its links are.
 * If no path exists, the edge takes its preferred or a direct route and a warning says so.
 */
export function routeEdges(
  edges: readonly EdgeModel[],
  scene: RouteScene,
  deadline: Deadline,
  warnings: LayoutWarning[],
): PositionedEdge[] {
  const index = createSpatialIndex(scene.obstacles);
  const headers = scene.headers ?? [];
  const treeObstacles = headers.length > 0 ? [...scene.obstacles, ...headers] : scene.obstacles;
  const treeIndex = headers.length > 0 ? createSpatialIndex(treeObstacles) : index;
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
      scene.columnGap,
    );
    return preferred && isClear(preferred, treeObstacles, treeIndex) ? preferred : undefined;
  });
  // A tree whose every edge took its preferred route (the usual roadmap, no cross-links)
  // needs none of the searching's indexes.
  const unrouted = edges.some(
    (edge, i) => !routes[i] && scene.ends.has(edge.from) && scene.ends.has(edge.to),
  );
  if (unrouted)
    searchRoutes(edges, routes, scene, index, treeObstacles, treeIndex, deadline, warnings);
  return positionedEdges(edges, routes);
}

/**
 * Searches a route for each edge that has none yet (in order: each route found joins the
 * lines the later ones pay for crossing or running beside), and fills it in `routes`.
 */
function searchRoutes(
  edges: readonly EdgeModel[],
  routes: Array<Point[] | undefined>,
  scene: RouteScene,
  index: SpatialIndex,
  treeObstacles: readonly Box[],
  treeIndex: SpatialIndex,
  deadline: Deadline,
  warnings: LayoutWarning[],
): void {
  const edgeCost = alongEdge(scene);
  let searched = 0;
  const budget = createSearchBudget(
    scene.obstacles.length,
    edges.length,
    edges.filter((edge) => edge.origin === 'explicit').length,
  );
  const arena = new StoreArena();
  const portCache = new PortCache();
  // The spine, as thin boxes: a cross-link between two boxes on one side must not cross it.
  const spine = spineBoxes(edges, routes);
  const withSpine = [...scene.obstacles, ...spine];
  const spineIndex = spine.length > 0 ? createSpatialIndex(withSpine) : index;
  // The routes so far, each added once when it is made.
  const routed = createSegmentIndex(routes.filter((r): r is Point[] => r !== undefined));
  const outlines = createSegmentIndex((scene.outlines ?? []).map(outline));
  /**
   * What a cross-link's step pays for the lines and frame outlines it crosses, and per px it
   * runs beside them (`lineNear`, `outlineNear`).
   */
  const besideCost = (a: Point, b: Point, lineNear: number, outlineNear: number) =>
    routed.cost(a, b, LINK_CROSSING_COST, lineNear, NEAR, LINK_COST_LIMIT) +
    outlines.cost(a, b, OUTLINE_CROSSING_COST, outlineNear, NEAR, LINK_COST_LIMIT);
  /** The longest run of a route beside another line or a frame's outline. */
  const besideRun = (points: readonly Point[]) =>
    Math.max(nearRun(points, routed), nearRun(points, outlines));
  edges.forEach((edge, i) => {
    const from = scene.ends.get(edge.from);
    const to = scene.ends.get(edge.to);
    if (routes[i] || !from || !to) return;
    if (++searched % 16 === 0) deadline.check('routing edges');
    const link = edge.origin === 'explicit';
    const penalty = link
      ? (a: Point, b: Point) =>
          besideCost(a, b, LINK_NEAR_FACTOR, OUTLINE_NEAR_FACTOR) + edgeCost(a, b)
      : (a: Point, b: Point) => routed.cost(a, b, CROSSING_COST, OVERLAP_FACTOR);
    const fromSide = scene.sides.get(edge.from);
    const toSide = scene.sides.get(edge.to);
    const blockSpine = link && !(fromSide && toSide && fromSide !== toSide);
    const request = (clearance: number, strict: boolean) => ({
      source: from,
      target: to,
      obstacles: !link ? treeObstacles : strict && blockSpine ? withSpine : scene.obstacles,
      index: !link ? treeIndex : strict && blockSpine ? spineIndex : index,
      bounds: strict && link && scene.inner ? scene.inner : scene.bounds,
      clearance,
      arena,
      portCache,
      quarterPorts: link,
    });
    const search: EdgeSearch = (clearance, maxSteps, extra, strict) => {
      const result = routeOrthogonal({
        ...request(clearance, strict),
        maxSteps,
        ...(extra ? { penalty: extra } : {}),
      });
      if (link) budget.spend(result.steps);
      return result;
    };
    const c = scene.clearance;
    let points: Point[] | undefined = link
      ? routeLink([c, c / 2, 0], request, search, penalty, budget)
      : routeTreeEdge(c, search, penalty);
    if (link && points && !budget.spent && besideRun(points) > MAX_NEAR_RUN) {
      // Running beside another line is what a reader notices most: try again at a smaller
      // clearance (a lane between a box and a bus line), paying far more for it.
      const harsh: Penalty = (a, b) => besideCost(a, b, HARSH_NEAR_FACTOR, HARSH_NEAR_FACTOR);
      const again = routeLink([c / 2, 0], request, search, harsh, budget);
      if (again && besideRun(again) < besideRun(points)) points = again;
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
}

/** The routes rounded to whole px and simplified, as the positioned roadmap holds them. */
function positionedEdges(
  edges: readonly EdgeModel[],
  routes: ReadonlyArray<Point[] | undefined>,
): PositionedEdge[] {
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

/**
 * What a cross-link pays for running along the edge of the picture (in the band between the
 * margin and as far in again): a line round the picture reads as a frame, not as a link.
 */
function alongEdge(scene: RouteScene): (a: Point, b: Point) => number {
  const inner = scene.inner;
  if (!inner) return () => 0;
  const { bounds } = scene;
  const left = inner.x + (inner.x - bounds.x);
  const right = inner.x + inner.width - (bounds.x + bounds.width - inner.x - inner.width);
  const top = inner.y + (inner.y - bounds.y);
  const bottom = inner.y + inner.height - (bounds.y + bounds.height - inner.y - inner.height);
  return (a, b) => {
    if (a.x === b.x && (a.x < left || a.x > right)) return EDGE_FACTOR * Math.abs(a.y - b.y);
    if (a.y === b.y && (a.y < top || a.y > bottom)) return EDGE_FACTOR * Math.abs(a.x - b.x);
    return 0;
  };
}

/** A box's outline as a closed polyline. */
function outline(box: Box): Point[] {
  const right = box.x + box.width;
  const bottom = box.y + box.height;
  return [
    { x: box.x, y: box.y },
    { x: right, y: box.y },
    { x: right, y: bottom },
    { x: box.x, y: bottom },
    { x: box.x, y: box.y },
  ];
}

/** The longest a segment of the route runs within `NEAR` of the lines in `routed`. */
function nearRun(points: readonly Point[], routed: SegmentIndex): number {
  let longest = 0;
  for (let i = 1; i < points.length; i++)
    longest = Math.max(longest, routed.overlap(points[i - 1] as Point, points[i] as Point, NEAR));
  return longest;
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
