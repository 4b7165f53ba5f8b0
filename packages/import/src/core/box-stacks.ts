import type { Rect } from './geometry.js';

/** Boxes at most this far apart (px) still touch: editors leave small gaps in a stack. */
export const STACK_GAP = 10;

/**
 * Whether two boxes sit in one stack: one above the other sharing most of their width, or
 * side by side sharing most of their height, with at most `STACK_GAP` between them.
 */
export function stacked(a: Rect, b: Rect): boolean {
  const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const gapY = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
  const gapX = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  const column = overlapX >= Math.min(a.width, b.width) / 2 && gapY <= STACK_GAP;
  const row = overlapY >= Math.min(a.height, b.height) / 2 && gapX <= STACK_GAP;
  return column || row;
}

/** For each id, the ids stacked with it (a neighbour list; stacks are its components). */
export function stackNeighbours(
  ids: readonly string[],
  rectOf: (id: string) => Rect,
): Map<string, string[]> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  const sorted = [...ids].sort((a, b) => rectOf(a).y - rectOf(b).y);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as string;
    const ra = rectOf(a);
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as string;
      const rb = rectOf(b);
      if (rb.y > ra.y + ra.height + STACK_GAP) break;
      if (!stacked(ra, rb)) continue;
      out.get(a)?.push(b);
      out.get(b)?.push(a);
    }
  }
  return out;
}

/**
 * Spreads known values over a neighbour graph: every unknown node reachable from known
 * ones takes the value of the known node fewest steps away (ties: the one found first).
 * Returns only the newly known nodes.
 */
export function spread<T>(
  known: ReadonlyMap<string, T>,
  neighbours: ReadonlyMap<string, readonly string[]>,
): Map<string, T> {
  const found = new Map<string, T>();
  let frontier = [...known.keys()].filter((id) => neighbours.has(id));
  const value = (id: string) => known.get(id) ?? found.get(id);
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const v = value(id);
      if (v === undefined) continue;
      for (const other of neighbours.get(id) ?? []) {
        if (known.has(other) || found.has(other)) continue;
        found.set(other, v);
        next.push(other);
      }
    }
    frontier = next;
  }
  return found;
}
