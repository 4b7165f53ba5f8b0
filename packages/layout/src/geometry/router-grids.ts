import type { Box } from '../positioned-roadmap.js';
import { clipBox, inflate } from './box.js';
import { freeLines } from './free-lines.js';
import type { Grid, RouteRequest } from './route-request.js';
import type { Port } from './router-ports.js';

/** Every obstacle's grown border within `region`, and the region's edges. */
export function fineGrid(request: RouteRequest, region: Box): Grid {
  const c = request.clearance;
  const xs = new Set<number>([region.x, region.x + region.width]);
  const ys = new Set<number>([region.y, region.y + region.height]);
  for (const i of request.index.queryBox(region)) {
    const box = request.obstacles[i];
    if (!box) continue;
    xs.add(box.x - c).add(box.x + box.width + c);
    ys.add(box.y - c).add(box.y + box.height + c);
  }
  return { region, xs: [...xs], ys: [...ys] };
}

/** The fine lines within 600 px of the source and the target, and the highways. */
export function highwayGrid(request: RouteRequest): Grid {
  const { bounds } = request;
  const around = (box: Box) => fineGrid(request, clipBox(inflate(box, 600), bounds));
  const a = around(request.source);
  const b = around(request.target);
  const free = freeLines(request.obstacles, bounds, request.clearance);
  return {
    region: bounds,
    xs: [...a.xs, ...b.xs, ...free.xs],
    ys: [...a.ys, ...b.ys, ...free.ys],
  };
}

/**
 * The sorted, distinct lines of a grid inside its region, with the lines through the ports and
 * the lines halfway between the two boxes' centres.
 */
export function gridAxes(
  grid: Grid,
  ports: readonly Port[],
  source: Box,
  target: Box,
): { gx: number[]; gy: number[] } {
  const { region } = grid;
  const inside = (v: number, from: number, size: number) => v >= from && v <= from + size;
  const gx = unique([
    ...grid.xs,
    ...ports.map((p) => p.exit.x),
    (source.x + source.width / 2 + target.x + target.width / 2) / 2,
  ]).filter((x) => inside(x, region.x, region.width));
  const gy = unique([
    ...grid.ys,
    ...ports.map((p) => p.exit.y),
    (source.y + source.height / 2 + target.y + target.height / 2) / 2,
  ]).filter((y) => inside(y, region.y, region.height));
  return { gx, gy };
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}
