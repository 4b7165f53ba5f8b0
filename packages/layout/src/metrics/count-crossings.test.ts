import { expect, it } from 'vitest';
import type { PositionedEdge } from '../positioned-roadmap.js';
import { countCrossings } from './count-crossings.js';
import { totalEdgeLength } from './total-edge-length.js';

const edge = (points: Array<[number, number]>): PositionedEdge => ({
  from: 'a',
  to: 'b',
  style: 'solid',
  origin: 'explicit',
  points: points.map(([x, y]) => ({ x, y })),
});

it('counts each crossing between two different edges once', () => {
  const edges = [
    edge([
      [0, 50],
      [100, 50],
    ]),
    edge([
      [50, 0],
      [50, 100],
      [80, 100],
      [80, 20],
    ]),
  ];
  expect(countCrossings({ edges })).toBe(2);
});

it('does not count touching, shared ends, running alongside or an edge crossing itself', () => {
  const edges = [
    edge([
      [0, 50],
      [100, 50],
    ]),
    edge([
      [100, 0],
      [100, 100],
    ]),
    edge([
      [0, 50],
      [0, 100],
    ]),
    edge([
      [20, 50],
      [60, 50],
    ]),
    edge([
      [200, 0],
      [200, 100],
      [150, 100],
      [150, 50],
      [250, 50],
    ]),
  ];
  expect(countCrossings({ edges })).toBe(0);
});

it('adds up the length of every segment of every edge', () => {
  const edges = [
    edge([
      [0, 0],
      [0, 10],
      [5, 10],
    ]),
    edge([
      [0, 0],
      [3, 0],
    ]),
  ];
  expect(totalEdgeLength({ edges })).toBe(18);
  expect(totalEdgeLength({ edges: [] })).toBe(0);
});
