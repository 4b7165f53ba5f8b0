import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

describe('createSegmentIndex, growing', () => {
  it('sees a route added after it was made, as an index built with it would', () => {
    const first = [
      { x: 0, y: 50 },
      { x: 100, y: 50 },
    ];
    const later = [
      { x: 50, y: 0 },
      { x: 50, y: 100 },
      { x: 400, y: 100 },
    ];
    const grown = createSegmentIndex([first], 16);
    const probe = { a: { x: 20, y: 100 }, b: { x: 300, y: 100 } };
    expect(grown.overlap(probe.a, probe.b)).toBe(0);
    grown.add(later);
    const built = createSegmentIndex([first, later]);
    expect(grown.overlap(probe.a, probe.b)).toBe(250);
    expect(built.overlap(probe.a, probe.b)).toBe(250);
    // A horizontal through x = 50 now crosses the new vertical (and meets the old one's line).
    expect(grown.crossings({ x: 0, y: 20 }, { x: 90, y: 20 })).toBe(1);
    // A segment far longer than a cell is found wherever the query touches it.
    grown.add([
      { x: 1000, y: 0 },
      { x: 1000, y: 5000 },
    ]);
    expect(grown.crossings({ x: 990, y: 4000 }, { x: 1010, y: 4000 })).toBe(1);
    expect(grown.overlap({ x: 1004, y: 10 }, { x: 1004, y: 30 }, 6)).toBe(20);
  });
});

it('costs crossings and overlap in one look, as counting them apart does', () => {
  const index = createSegmentIndex([
    [
      { x: 50, y: 0 },
      { x: 50, y: 100 },
    ],
    [
      { x: 0, y: 54 },
      { x: 80, y: 54 },
    ],
  ]);
  const a = { x: 10, y: 50 };
  const b = { x: 90, y: 50 };
  expect(index.crossings(a, b)).toBe(1);
  expect(index.overlap(a, b, 6)).toBe(70);
  expect(index.cost(a, b, 800, 30, 6)).toBe(800 + 30 * 70);
  expect(index.cost(a, b, 48, 2)).toBe(48);
});

it('stops pricing a segment once the cost reaches the limit', () => {
  // Ten vertical lines across a horizontal segment.
  const index = createSegmentIndex(
    Array.from({ length: 10 }, (_, i) => [
      { x: 10 + i * 10, y: 0 },
      { x: 10 + i * 10, y: 100 },
    ]),
  );
  const a = { x: 0, y: 50 };
  const b = { x: 200, y: 50 };
  expect(index.cost(a, b, 100, 0)).toBe(1_000);
  const limited = index.cost(a, b, 100, 0, 0, 300);
  expect(limited).toBeGreaterThanOrEqual(300);
  expect(limited).toBeLessThan(1_000);
});

it('finds segments of every length, short, long and longer than a coarse cell, as a scan does', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.tuple(
          fc.boolean(),
          fc.integer({ min: -5_000, max: 5_000 }),
          fc.integer({ min: -5_000, max: 5_000 }),
          fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200_000 })),
        ),
        { maxLength: 40 },
      ),
      fc.tuple(
        fc.boolean(),
        fc.integer({ min: -6_000, max: 6_000 }),
        fc.integer({ min: -6_000, max: 6_000 }),
        fc.integer({ min: 1, max: 20_000 }),
      ),
      (list, probe) => {
        const segment = ([horizontal, x, y, length]: [boolean, number, number, number]) =>
          horizontal
            ? [
                { x, y },
                { x: x + length, y },
              ]
            : [
                { x, y },
                { x, y: y + length },
              ];
        const polylines = list.map(segment);
        // Cells of 16 px: a segment over 64 cells goes up a level, one over 16,384 px two.
        const index = createSegmentIndex(polylines, 16);
        const [a, b] = segment(probe) as [{ x: number; y: number }, { x: number; y: number }];
        let crossings = 0;
        let overlap = 0;
        for (const [c, d] of polylines as Array<[typeof a, typeof a]>) {
          if (segmentsCross(a, b, c, d)) crossings++;
          overlap += sharedLength(a, b, c, d, 6);
        }
        expect(index.crossings(a, b)).toBe(crossings);
        expect(index.overlap(a, b, 6)).toBe(overlap);
        expect(index.cost(a, b, 100, 2, 6)).toBe(100 * crossings + 2 * overlap);
      },
    ),
    { numRuns: Number(process.env.NUM_RUNS ?? 300) },
  );
});
