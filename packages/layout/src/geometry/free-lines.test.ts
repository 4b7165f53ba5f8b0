import { expect, it } from 'vitest';
import { freeIntervals, freeLines, gaps } from './free-lines.js';

it('finds the middle of every part no interval covers', () => {
  expect(
    gaps(
      [
        [10, 20],
        [15, 30],
        [50, 60],
      ],
      0,
      100,
    ),
  ).toEqual([5, 40, 80]);
  expect(gaps([[-5, 200]], 0, 100)).toEqual([]);
  expect(gaps([], 0, 100)).toEqual([50]);
});

it('gives lines across the bounds that keep the clearance from every box', () => {
  const lines = freeLines(
    [
      { x: 20, y: 20, width: 20, height: 20 },
      { x: 60, y: 60, width: 20, height: 20 },
    ],
    { x: 0, y: 0, width: 100, height: 100 },
    5,
  );
  expect(lines.xs).toEqual([7.5, 50, 92.5]);
  expect(lines.ys).toEqual([7.5, 50, 92.5]);
});

it('lists the parts no interval covers, in order', () => {
  expect(
    freeIntervals(
      [
        [15, 30],
        [10, 20],
        [50, 60],
      ],
      0,
      100,
    ),
  ).toEqual([
    [0, 10],
    [30, 50],
    [60, 100],
  ]);
  expect(freeIntervals([[-5, 200]], 0, 100)).toEqual([]);
});
