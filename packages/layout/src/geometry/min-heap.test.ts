import { expect, it } from 'vitest';
import { MinHeap } from './min-heap.js';

it('pops the lowest priority first, and equal priorities in the order pushed', () => {
  const heap = new MinHeap();
  const pushes: Array<[number, number]> = [
    [1, 5],
    [2, 1],
    [3, 5],
    [4, 0],
    [5, 1],
    [6, 9],
  ];
  for (const [item, priority] of pushes) heap.push(item, priority);
  expect(heap.size).toBe(6);
  const out: number[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop()) out.push(item);
  expect(out).toEqual([4, 2, 5, 1, 3, 6]);
  expect(heap.size).toBe(0);
  expect(heap.pop()).toBeUndefined();
});

it('sorts many random priorities', () => {
  const heap = new MinHeap();
  const priorities = Array.from({ length: 500 }, (_, i) => (i * 7919) % 263);
  priorities.forEach((p, i) => heap.push(i, p));
  const popped: number[] = [];
  for (let item = heap.pop(); item !== undefined; item = heap.pop())
    popped.push(priorities[item] ?? -1);
  expect(popped).toEqual([...priorities].sort((a, b) => a - b));
});
