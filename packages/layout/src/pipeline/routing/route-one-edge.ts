import type { RouteRequest, RouteResult } from '../../geometry/orthogonal-router.js';
import { type PricedRoute, priceRoute, shortRoute } from '../../geometry/short-route.js';
import type { Point } from '../../positioned-roadmap.js';
import type { SearchBudget } from './search-budget.js';

/** Runs one search for the edge being routed (its steps are taken from the shared budget). */
export type EdgeSearch = (
  clearance: number,
  maxSteps: number,
  penalty: Penalty | undefined,
  strict: boolean,
) => RouteResult;
/** The route request of the edge being routed, without a penalty. */
export type EdgeRequest = (clearance: number, strict: boolean) => RouteRequest;
/** The extra cost of a step from `a` to `b`: the other edges it crosses or runs beside. */
export type Penalty = (a: Point, b: Point) => number;

/** The steps a search may always take, even when the shared budget is spent. */
const FLOOR_STEPS = 20_000;
/** The steps of a last-resort search, when a search of the floor's steps found no way. */
const RESCUE_STEPS = 200_000;
/** The cost of a bend, as the searches count it. */
const BEND_COST = 24;

/**
 * A spine or branch edge whose preferred route is blocked: searched around the boxes at full,
 * half, then no clearance; when the plain route crosses or runs along other edges, a second
 * search that pays for those wins if it finishes within a budget set by how hard the plain
 * search was. Undefined when no route goes around the boxes.
 */
export function routeTreeEdge(
  clearance: number,
  search: EdgeSearch,
  penalty: Penalty,
): Point[] | undefined {
  for (const c of [clearance, clearance / 2, 0]) {
    const plain = search(c, 100_000, undefined, false);
    if (!plain.points) continue;
    // A route that crosses and runs beside nothing already costs no more with the other
    // edges counted: no other route can beat it.
    if (priceRoute(plain.points, BEND_COST, penalty).penalty === 0) return plain.points;
    const avoiding = search(c, Math.min(50_000, Math.max(5_000, 8 * plain.steps)), penalty, false);
    return avoiding.points ?? plain.points;
  }
  return undefined;
}

/**
 * A cross-link: first kept off the spine and out of the margin (strict), then allowed both;
 * at each of `clearances` in turn. At each try the short routes (an L or a Z) come first:
 * one that crosses and runs beside nothing and is nearly as short as the ends allow is taken
 * without a search. Otherwise a search around the boxes, then one that also avoids the other
 * edges, draw on the shared budget, and the cheapest of the three routes wins. Once the
 * budget is spent, a link takes its best short route, or a small search finds any route; a
 * link that search cannot route gets one larger search from the layout's rescue pool.
 */
export function routeLink(
  clearances: readonly number[],
  request: EdgeRequest,
  search: EdgeSearch,
  penalty: Penalty,
  budget: SearchBudget,
): Point[] | undefined {
  const reach = centreDistance(request(0, true));
  for (const strict of [true, false]) {
    for (const c of clearances) {
      const quick = shortRoute({ ...request(c, strict), penalty });
      if (quick && quick.penalty === 0 && quick.cost <= 1.2 * reach + 4 * BEND_COST + 4 * c)
        return quick.points;
      if (budget.spent) {
        if (quick) return quick.points;
        continue;
      }
      const plain = search(c, budget.grant(100_000), undefined, strict);
      if (!plain.points) {
        if (quick) return quick.points;
        continue;
      }
      const priced = priceRoute(plain.points, BEND_COST, penalty);
      if (priced.penalty === 0) return cheapest([priced, quick]);
      const steps = budget.grant(200_000);
      const avoiding = steps > 0 ? search(c, steps, penalty, strict).points : undefined;
      return cheapest([
        priced,
        quick,
        avoiding ? priceRoute(avoiding, BEND_COST, penalty) : undefined,
      ]);
    }
  }
  const last = search(0, FLOOR_STEPS, undefined, false);
  if (last.points) return last.points;
  // A long link in a tall roadmap can need more steps than the floor to go around the boxes:
  // it gets a larger search from the layout's rescue pool while that lasts.
  const more = budget.rescue(RESCUE_STEPS);
  return more > FLOOR_STEPS ? search(0, more, undefined, false).points : undefined;
}

function cheapest(routes: ReadonlyArray<PricedRoute | undefined>): Point[] | undefined {
  let best: PricedRoute | undefined;
  for (const route of routes) if (route && (!best || route.cost < best.cost)) best = route;
  return best?.points;
}

/** The distance between the two boxes' centres, along the axes. */
function centreDistance({ source, target }: RouteRequest): number {
  return (
    Math.abs(source.x + source.width / 2 - target.x - target.width / 2) +
    Math.abs(source.y + source.height / 2 - target.y - target.height / 2)
  );
}
