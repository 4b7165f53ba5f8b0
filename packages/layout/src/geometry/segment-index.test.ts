import { expect, it } from 'vitest';
import { createSegmentIndex, segmentsCross, sharedLength } from './segment-index.js';

it('counts a crossing only strictly inside both segments', () => {
  expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 5, y: 0 }, { x: 5, y: 10 })).toBe(
    true,
  );
  expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 10, y: 0 }, { x: 10, y: 10 })).toBe(
    false,
  );
  expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 5, y: 5 }, { x: 5, y: 10 })).toBe(
    false,
  );
  expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 0, y: 6 }, { x: 10, y: 6 })).toBe(
    false,
  );
});

it('measures the length two segments share on one line', () => {
  expect(sharedLength({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 0 }, { x: 20, y: 0 })).toBe(5);
  expect(sharedLength({ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 0, y: 12 }, { x: 0, y: 20 })).toBe(0);
  expect(sharedLength({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 5, y: 1 }, { x: 20, y: 1 })).toBe(0);
});

it('answers from the routed polylines', () => {
  const index = createSegmentIndex([
    [
      { x: 5, y: 0 },
      { x: 5, y: 10 },
      { x: 30, y: 10 },
    ],
    [
      { x: 20, y: -5 },
      { x: 20, y: 40 },
    ],
  ]);
  expect(index.crossings({ x: 0, y: 5 }, { x: 25, y: 5 })).toBe(2);
  expect(index.crossings({ x: 0, y: 50 }, { x: 25, y: 50 })).toBe(0);
  expect(index.overlap({ x: 0, y: 10 }, { x: 10, y: 10 })).toBe(5);
});
