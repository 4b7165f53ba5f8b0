/** A stretch of a straight line, from its lower to its higher coordinate. */
export type Stretch = [number, number];

/**
 * The stretches already drawn on each straight line (a key names the line), so that a new
 * stretch draws only what is not drawn yet. Each line keeps its stretches merged and sorted,
 * so finding what a new stretch adds looks only at the drawn stretches it meets (all the
 * branches of one side of a long roadmap share a line: a list of every earlier stretch,
 * searched whole each time, made drawing them quadratic).
 */
export interface CoveredLines {
  /**
   * The parts of s→t (in its direction) on `line` that no stretch drawn before holds; gaps
   * of 0.5 px or less between drawn stretches count as drawn.
   */
  uncovered(line: string, s: number, t: number): Stretch[];
  /** Marks the stretch between s and t (either way round) on `line` as drawn. */
  draw(line: string, s: number, t: number): void;
}

export function coveredLines(): CoveredLines {
  // Per line: disjoint stretches, sorted, none touching the next.
  const lines = new Map<string, Stretch[]>();
  /** The index of the first stretch of `list` that ends after `at` (or touches it, `touch`). */
  const firstEnding = (list: readonly Stretch[], at: number, touch: boolean): number => {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const end = (list[mid] as Stretch)[1];
      if (end > at || (touch && end === at)) high = mid;
      else low = mid + 1;
    }
    return low;
  };
  return {
    uncovered(line, s, t) {
      const low = Math.min(s, t);
      const high = Math.max(s, t);
      const list = lines.get(line) ?? [];
      const free: Stretch[] = [];
      let at = low;
      for (let i = firstEnding(list, low, false); i < list.length; i++) {
        const [c0, c1] = list[i] as Stretch;
        if (c0 >= high) break;
        if (c0 > at && c0 - at > 0.5) free.push([at, c0]);
        if (c1 > at) at = c1;
      }
      if (high - at > 0.5) free.push([at, high]);
      if (t < s) return free.reverse().map(([u, v]): Stretch => [v, u]);
      return free;
    },
    draw(line, s, t) {
      let low = Math.min(s, t);
      let high = Math.max(s, t);
      let list = lines.get(line);
      if (!list) {
        list = [];
        lines.set(line, list);
      }
      // The stretches it overlaps or touches merge with it into one.
      const first = firstEnding(list, low, true);
      let last = first;
      while (last < list.length && (list[last] as Stretch)[0] <= high) {
        const [c0, c1] = list[last] as Stretch;
        low = Math.min(low, c0);
        high = Math.max(high, c1);
        last++;
      }
      list.splice(first, last - first, [low, high]);
    },
  };
}
