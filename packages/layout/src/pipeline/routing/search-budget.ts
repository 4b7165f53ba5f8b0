/**
 * The search steps one layout may spend on its cross-links' routes, shared by all of them:
 * the searches of a roadmap with many cross-links draw from one pool, so their routing costs
 * at most a fixed amount plus an amount per box and per edge, however tangled the links are.
 */
export interface SearchBudget {
  /** Steps a search may take now: `wanted`, or what is left when that is less. */
  grant(wanted: number): number;
  /** Takes the steps a search used from the pool. */
  spend(steps: number): void;
  /** True when the pool is empty. */
  readonly spent: boolean;
  /**
   * Steps for a last-resort search (a link no smaller search found a way for), from a second,
   * fixed pool: `wanted`, or what is left of it. They count as spent when granted.
   */
  rescue(wanted: number): number;
}

/** Steps every layout with a few cross-links may spend, however small. */
const BASE_STEPS = 50_000;
/**
 * Up to this many cross-links share the fixed steps in full and add steps like any edge; with
 * more, the fixed part shrinks in proportion and the links past them add none, so a roadmap of
 * many links spends on searches what its boxes allow, and most of its links take their short
 * routes.
 */
const BASE_LINKS = 20;
/** Steps each box and each edge adds to the pool. */
const STEPS_PER_ITEM = 20;
/**
 * The last-resort pool of one layout: a long link in a tall roadmap may need more steps than
 * its floor to find a way around the boxes; a few such links a layout get them, at a bounded
 * cost however many links there are.
 */
const RESCUE_POOL_STEPS = 1_000_000;

/** A pool for a roadmap of `boxes` boxes and `edges` edges, `links` of them cross-links. */
export function createSearchBudget(boxes: number, edges: number, links = 0): SearchBudget {
  const fixed = Math.round(BASE_STEPS * Math.min(1, BASE_LINKS / Math.max(1, links)));
  const items = boxes + edges - Math.max(0, links - BASE_LINKS);
  let left = fixed + STEPS_PER_ITEM * items;
  let rescueLeft = RESCUE_POOL_STEPS;
  return {
    grant: (wanted) => Math.max(0, Math.min(wanted, left)),
    spend(steps) {
      left = Math.max(0, left - steps);
    },
    get spent() {
      return left <= 0;
    },
    rescue(wanted) {
      const granted = Math.max(0, Math.min(wanted, rescueLeft));
      rescueLeft -= granted;
      return granted;
    },
  };
}
