import { expect, it } from 'vitest';
import { boxesOverlap } from '../../geometry/box.js';
import { resolvePins } from './resolve-pins.js';

const column = [0, 1, 2, 3].map((i) => ({ x: 0, y: i * 50, width: 100, height: 40 }));

it('leaves everything in place when no pinned box is in the way', () => {
  expect(resolvePins(column, [{ x: 500, y: 0, width: 50, height: 50 }], 10)).toEqual(column);
});

it('moves the boxes from the first one in the way downward, clear of the pinned box', () => {
  const pin = { x: 20, y: 60, width: 60, height: 60 };
  const out = resolvePins(column, [pin], 10);
  expect(out[0]).toEqual(column[0]);
  expect(out[1]?.y).toBe(130);
  expect(out[2]?.y).toBe(180);
  expect(out[3]?.y).toBe(230);
  for (const box of out) expect(boxesOverlap(box, pin)).toBe(false);
});

it('clears several pinned boxes and never makes movable boxes overlap', () => {
  const pins = [
    { x: 0, y: 45, width: 30, height: 100 },
    { x: 50, y: 300, width: 80, height: 20 },
  ];
  const out = resolvePins(column, pins, 10);
  for (const box of out) for (const pin of pins) expect(boxesOverlap(box, pin)).toBe(false);
  for (let i = 1; i < out.length; i++)
    expect(boxesOverlap(out[i - 1] as never, out[i] as never)).toBe(false);
  expect(out.map((b) => b.x)).toEqual([0, 0, 0, 0]);
});
