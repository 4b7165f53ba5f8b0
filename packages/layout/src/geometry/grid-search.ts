import type { Point } from '../positioned-roadmap.js';
import { MinHeap } from './min-heap.js';
import { type NumberStore, StoreArena } from './number-store.js';
import { simplifyPolyline } from './polyline.js';
import type { Grid, RouteRequest, RouteResult } from './route-request.js';
import { gridAxes } from './router-grids.js';
import { DX, DY, OPPOSITE, type Port, usablePorts } from './router-ports.js';
import { createBlockedTest } from './segment-blocked.js';

/**
 * A* over one grid: states are (grid point, direction); a step goes to the next line in the
 * direction of travel or turns a quarter (paying `bendCost`); a step is tried once and its
 * cost kept. Starts at the source's usable ports, ends when a target port is reached.
 */
export function searchGrid(request: RouteRequest, grid: Grid): RouteResult {
  const c = request.clearance;
  const { region } = grid;
  const bendCost = request.bendCost ?? 24;
  const maxSteps = request.maxSteps ?? 100_000;
  const blocked = createBlockedTest(request.obstacles, request.index, c);
  const { starts, ends } = usablePorts(request, region, blocked);
  if (starts.length === 0 || ends.length === 0)
    return { points: undefined, reason: 'unreachable', steps: 0 };

  const { gx, gy } = gridAxes(grid, [...starts, ...ends], request.source, request.target);
  const nx = gx.length;
  const ny = gy.length;
  const cells = nx * ny;
  const state = (i: number, j: number, dir: number) => (i * ny + j) * 4 + dir;
  // Per state: the best cost so far and the state it came from. Per grid step (to the right
  // or down from a grid point, at index `cell * 2 + axis`): its extra cost, computed the first
  // time it is tried (Infinity when blocked).
  const [cost, parent, stepCost] = (request.arena ?? new StoreArena()).stores(cells * 4, [
    Number.POSITIVE_INFINITY,
    -1,
    -1,
  ]) as [NumberStore, NumberStore, NumberStore];
  const penalty = request.penalty;
  // The two ends handed to `penalty`, reused from step to step (it reads them, never keeps them).
  const from = { x: 0, y: 0 };
  const to = { x: 0, y: 0 };
  const step = (i: number, j: number, horizontal: boolean): number => {
    const k = (i * ny + j) * 2 + (horizontal ? 0 : 1);
    const known = stepCost.get(k);
    if (known >= 0) return known;
    const x0 = gx[i] ?? 0;
    const y0 = gy[j] ?? 0;
    const x1 = horizontal ? (gx[i + 1] ?? 0) : x0;
    const y1 = horizontal ? y0 : (gy[j + 1] ?? 0);
    let extra = 0;
    if (blocked(x0, y0, x1, y1)) extra = Number.POSITIVE_INFINITY;
    else if (penalty) {
      from.x = x0;
      from.y = y0;
      to.x = x1;
      to.y = y1;
      extra = Math.max(0, penalty(from, to));
    }
    stepCost.set(k, extra);
    return extra;
  };

  const ix = new Map(gx.map((x, i) => [x, i]));
  const iy = new Map(gy.map((y, i) => [y, i]));
  const cellOf = (p: Point) => {
    const i = ix.get(p.x);
    const j = iy.get(p.y);
    return i === undefined || j === undefined ? undefined : { i, j };
  };
  const goals = new Map<number, Port>();
  for (const end of ends) {
    const at = cellOf(end.exit);
    if (at) goals.set(at.i * ny + at.j, end);
  }
  const greed = request.greed ?? 1.5;
  const h = (x: number, y: number) => {
    let best = Number.POSITIVE_INFINITY;
    for (const end of ends)
      best = Math.min(best, Math.abs(end.exit.x - x) + Math.abs(end.exit.y - y));
    return greed * best;
  };

  const heap = new MinHeap();
  const startOf = new Map<number, Port>();
  for (const start of starts) {
    const at = cellOf(start.exit);
    if (!at) continue;
    const id = state(at.i, at.j, start.dir);
    if (startOf.has(id)) continue;
    startOf.set(id, start);
    cost.set(id, c);
    heap.push(id, c + h(start.exit.x, start.exit.y));
  }
  // Reaching a goal is a separate heap entry (negative id) whose cost includes the last bend.
  const finish: Array<{ from: number; port: Port }> = [];

  let steps = 0;
  for (; heap.size > 0; steps++) {
    if (steps >= maxSteps) return { points: undefined, reason: 'steps', steps };
    const id = heap.pop() ?? 0;
    if (id < 0) {
      const done = finish[-id - 1] as { from: number; port: Port };
      return { points: rebuild(done.from, done.port, parent, startOf, gx, gy, ny), steps };
    }
    const dir = id % 4;
    const cell = (id - dir) / 4;
    const i = Math.floor(cell / ny);
    const j = cell - i * ny;
    const g = cost.get(id);
    const goal = goals.get(cell);
    if (goal && dir !== goal.dir) {
      finish.push({ from: id, port: goal });
      heap.push(-finish.length, g + c + (dir === OPPOSITE[goal.dir] ? 0 : bendCost));
    }
    // Straight on, or a quarter turn either way.
    for (let t = 0; t < 3; t++) {
      const turn = t === 0 ? dir : dir < 2 ? t + 1 : t - 1;
      const ni = i + (DX[turn] ?? 0);
      const nj = j + (DY[turn] ?? 0);
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const extra = step(Math.min(i, ni), Math.min(j, nj), turn < 2);
      if (extra === Number.POSITIVE_INFINITY) continue;
      const x = gx[i] ?? 0;
      const y = gy[j] ?? 0;
      const tx = gx[ni] ?? 0;
      const ty = gy[nj] ?? 0;
      const nid = state(ni, nj, turn);
      const ng = g + Math.abs(tx - x) + Math.abs(ty - y) + (turn === dir ? 0 : bendCost) + extra;
      if (ng >= cost.get(nid)) continue;
      cost.set(nid, ng);
      parent.set(nid, id);
      heap.push(nid, ng + h(tx, ty));
    }
  }
  return { points: undefined, reason: 'unreachable', steps };
}

function rebuild(
  last: number,
  end: Port,
  parent: NumberStore,
  startOf: ReadonlyMap<number, Port>,
  gx: readonly number[],
  gy: readonly number[],
  ny: number,
): Point[] {
  const cells: Point[] = [];
  let id = last;
  let first = last;
  while (id >= 0) {
    const cell = Math.floor(id / 4);
    const i = Math.floor(cell / ny);
    cells.push({ x: gx[i] ?? 0, y: gy[cell - i * ny] ?? 0 });
    first = id;
    id = parent.get(id);
  }
  cells.reverse();
  const start = startOf.get(first);
  return simplifyPolyline([...(start ? [start.at] : []), ...cells, end.at]);
}
