import { expect, it } from 'vitest';
import { round2, roundBox, roundPoint } from './round.js';

it('rounds to two decimals and never gives -0', () => {
  expect(round2(1.005)).toBe(1);
  expect(round2(1.236)).toBe(1.24);
  expect(round2(-0.001)).toBe(0);
  expect(Object.is(round2(-0.001), -0)).toBe(false);
  expect(JSON.stringify(round2(0.1 + 0.2))).toBe('0.3');
});

it('rounds points and boxes field by field', () => {
  expect(roundPoint({ x: 1.234, y: 5.678 })).toEqual({ x: 1.23, y: 5.68 });
  expect(roundBox({ x: 1.111, y: 2.222, width: 3.336, height: 4.444 })).toEqual({
    x: 1.11,
    y: 2.22,
    width: 3.34,
    height: 4.44,
  });
});
