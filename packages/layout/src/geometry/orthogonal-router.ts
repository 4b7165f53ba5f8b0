import { clipBox, inflate, unionBoxes } from './box.js';
import { searchGrid } from './grid-search.js';
import type { Grid, RouteRequest, RouteResult } from './route-request.js';
import { fineGrid, highwayGrid } from './router-grids.js';

export type { RouteRequest, RouteResult } from './route-request.js';

/**
 * Finds an orthogonal path from the border of `source` to the border of `target` that keeps
 * `clearance` away from every obstacle: A* over a grid of candidate lines, with a cost for
 * every bend. It leaves and enters boxes at the middle of a side. Three grids are tried in
 * turn: the lines along every obstacle's grown border near the two boxes (skipped when they
 * are far apart); then, over the whole bounds, those lines near each box joined by the
 * "highways" (lines that cross the bounds without meeting any obstacle), which makes long
 * paths cheap to find; then the lines of every obstacle. Returns the simplified polyline
 * with the steps its searches took in all, or why there is none.
 */
export function routeOrthogonal(request: RouteRequest): RouteResult {
  const c = request.clearance;
  const { source, target, bounds } = request;
  const near = unionBoxes([source, target]) ?? source;
  const margin = 4 * c + 0.25 * Math.max(near.width, near.height) + 40;
  const local = clipBox(inflate(near, margin), bounds);
  const grids: Array<() => Grid> = [() => highwayGrid(request), () => fineGrid(request, bounds)];
  // Boxes far apart skip the first grid when it would be nearly the whole canvas; a pair far
  // apart along one axis only (a row of boxes on a tall canvas) keeps its small local grid,
  // so a search costs what its neighbourhood costs, not what the whole canvas does.
  const small = local.width * local.height <= (bounds.width * bounds.height) / 4;
  if (Math.max(near.width, near.height) <= FAR || small)
    grids.unshift(() => fineGrid(request, local));
  let last: RouteResult = { points: undefined, reason: 'unreachable', steps: 0 };
  let steps = 0;
  for (const grid of grids) {
    last = searchGrid(request, grid());
    steps += last.steps;
    if (last.points) return { points: last.points, steps };
  }
  return { ...last, steps };
}

/** Two boxes this far apart (in px, either way) are routed over the highways first. */
const FAR = 1_500;
