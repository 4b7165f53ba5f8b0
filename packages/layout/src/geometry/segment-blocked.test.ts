import { expect, it } from 'vitest';
import { createBlockedTest } from './segment-blocked.js';
import { createSpatialIndex } from './spatial-index.js';

const boxes = [{ x: 100, y: 100, width: 50, height: 20 }];
const blocked = createBlockedTest(boxes, createSpatialIndex(boxes), 8);

it('blocks segments and points that come within the clearance of a box', () => {
  expect(blocked(0, 110, 200, 110)).toBe(true);
  expect(blocked(125, 0, 125, 95)).toBe(true);
  expect(blocked(95, 95, 95, 95)).toBe(true);
  expect(blocked(125, 110, 125, 110)).toBe(true);
});

it('lets a segment run along the grown border or stay beyond it', () => {
  expect(blocked(0, 92, 200, 92)).toBe(false);
  expect(blocked(158, 0, 158, 200)).toBe(false);
  expect(blocked(0, 80, 200, 80)).toBe(false);
  expect(blocked(125, 0, 125, 92)).toBe(false);
  expect(blocked(92, 92, 92, 92)).toBe(false);
});
