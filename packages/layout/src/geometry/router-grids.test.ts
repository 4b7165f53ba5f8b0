import { expect, it } from 'vitest';
import { fineGrid, gridAxes, highwayGrid } from './router-grids.js';
import { ports } from './router-ports.js';
import { createSpatialIndex } from './spatial-index.js';

const source = { x: 0, y: 0, width: 20, height: 20 };
const target = { x: 300, y: 300, width: 20, height: 20 };
const wall = { x: 100, y: 0, width: 20, height: 200 };
const obstacles = [source, target, wall];
const request = {
  source,
  target,
  obstacles,
  index: createSpatialIndex(obstacles),
  bounds: { x: -50, y: -50, width: 1000, height: 1000 },
  clearance: 5,
};

it('puts a fine line along every grown border inside the region', () => {
  const grid = fineGrid(request, { x: -10, y: -10, width: 200, height: 100 });
  expect([...grid.xs].sort((a, b) => a - b)).toEqual([-10, -5, 25, 95, 125, 190]);
  expect([...grid.ys].sort((a, b) => a - b)).toEqual([-10, -5, 25, 90, 205]);
});

it('adds the highways, the free lines across the whole bounds', () => {
  const grid = highwayGrid(request);
  expect(grid.region).toEqual(request.bounds);
  for (const y of [-27.5, 250, 637.5]) expect(grid.ys).toContain(y);
  for (const x of [-27.5, 60, 210, 637.5]) expect(grid.xs).toContain(x);
  expect(grid.ys).not.toContain(100);
});

it('sorts the axes and adds the ports and the middle between the boxes', () => {
  const grid = { region: request.bounds, xs: [100, -5, 100], ys: [7] };
  const { gx, gy } = gridAxes(grid, ports(source, 5), source, target);
  expect(gx).toEqual([-5, 10, 25, 100, 160]);
  expect(gy).toEqual([-5, 7, 10, 25, 160]);
});
