import { expect, it } from 'vitest';
import { createSpatialIndex } from './spatial-index.js';

const boxes = [
  { x: 0, y: 0, width: 10, height: 10 },
  { x: 100, y: 100, width: 10, height: 10 },
  { x: 5, y: 5, width: 20, height: 20 },
  { x: -1000, y: -1000, width: 5000, height: 10 },
];

it('finds exactly the boxes whose bounds touch a query box', () => {
  const index = createSpatialIndex(boxes, 16);
  expect(index.queryBox({ x: 8, y: 8, width: 1, height: 1 }).sort()).toEqual([0, 2]);
  expect(index.queryBox({ x: 50, y: 50, width: 1, height: 1 })).toEqual([]);
  expect(index.queryBox({ x: 95, y: 95, width: 30, height: 30 })).toEqual([1]);
  expect(index.queryPoint({ x: 10, y: 10 }).sort()).toEqual([0, 2]);
  expect(index.queryPoint({ x: 0, y: -995 })).toEqual([3]);
});

it('answers like a scan over every box, for queries of any size', () => {
  const index = createSpatialIndex(boxes);
  const queries = [
    { x: -2000, y: -2000, width: 4000, height: 4000 },
    { x: 20, y: 20, width: 100, height: 1 },
    { x: 109, y: 0, width: 0, height: 200 },
  ];
  for (const q of queries) {
    const expected = boxes
      .map((b, i) => ({ b, i }))
      .filter(
        ({ b }) =>
          b.x <= q.x + q.width &&
          b.x + b.width >= q.x &&
          b.y <= q.y + q.height &&
          b.y + b.height >= q.y,
      )
      .map(({ i }) => i);
    expect(index.queryBox(q).sort((a, b) => a - b)).toEqual(expected);
  }
});
