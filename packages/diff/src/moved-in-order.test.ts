import { expect, it } from 'vitest';
import { movedInOrder } from './moved-in-order.js';

it.each([
  { before: ['a', 'b', 'c'], after: ['a', 'b', 'c'], moved: [] },
  { before: ['a', 'b', 'c', 'd'], after: ['b', 'c', 'a', 'd'], moved: ['a'] },
  { before: ['a', 'b', 'c', 'd'], after: ['a', 'd', 'b', 'c'], moved: ['d'] },
  { before: ['a', 'b', 'c'], after: ['x', 'a', 'c'], moved: [] },
  { before: ['a', 'b', 'c', 'd'], after: ['d', 'c', 'b', 'a'], moved: ['a', 'b', 'c'] },
])('$before → $after moves $moved', ({ before, after, moved }) => {
  expect([...movedInOrder(before, after)]).toEqual(moved);
});
