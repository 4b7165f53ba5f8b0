import type { Box, Point } from '../positioned-roadmap.js';
import type { StoreArena } from './number-store.js';
import type { PortCache } from './router-ports.js';
import type { SpatialIndex } from './spatial-index.js';

/** What the router needs to find one edge's path. */
export interface RouteRequest {
  readonly source: Box;
  readonly target: Box;
  /** Every box the path must keep `clearance` away from (the source and target included). */
  readonly obstacles: readonly Box[];
  /** A spatial index over `obstacles`. */
  readonly index: SpatialIndex;
  /** The path stays inside these bounds. */
  readonly bounds: Box;
  /** The distance kept from every obstacle, in px (0: the path may run along borders). */
  readonly clearance: number;
  /** The cost of one bend, in px of length. Default 24. */
  readonly bendCost?: number;
  /** Gives up after this many search steps (per grid searched). Default 100,000. */
  readonly maxSteps?: number;
  /**
   * How much the search trusts the straight-line distance: 1 finds the cheapest path; more
   * finds a path at most that many times as costly, much faster when `penalty` is high.
   * Default 1.5.
   */
  readonly greed?: number;
  /**
   * An extra cost for a step from `a` to `b` (such as crossing another edge); at least 0. The
   * points may be reused for the next step: read them, do not keep them.
   */
  readonly penalty?: (a: Point, b: Point) => number;
  /** Also leaves and enters boxes at the quarter points of their top and bottom. */
  readonly quarterPorts?: boolean;
  /** Arrays to reuse from one search to the next (one arena per routing run). */
  readonly arena?: StoreArena;
  /** The usable ports of boxes found so far (one cache per routing run). */
  readonly portCache?: PortCache;
}

/** A path, or why there is none: no path exists on the grids tried, or the steps ran out. */
export type RouteResult =
  | { readonly points: Point[]; readonly steps: number }
  | {
      readonly points: undefined;
      readonly reason: 'unreachable' | 'steps';
      readonly steps: number;
    };

/** Candidate lines for a search: x of the vertical ones, y of the horizontal ones. */
export interface Grid {
  /** The search stays inside it. */
  readonly region: Box;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}
