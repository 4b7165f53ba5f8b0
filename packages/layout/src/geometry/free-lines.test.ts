import fc from 'fast-check';
import { expect, it } from 'vitest';
import { freeLines, freeSpans, gaps, sortAscending } from './free-lines.js';

/** Intervals as the starts and the ends the functions take. */
const spans = (
  intervals: ReadonlyArray<readonly [number, number]>,
): [Float64Array, Float64Array] => [
  Float64Array.from(intervals, ([start]) => start),
  Float64Array.from(intervals, ([, end]) => end),
];

it('finds the middle of every part no interval covers', () => {
  expect(
    gaps(
      ...spans([
        [10, 20],
        [15, 30],
        [50, 60],
      ]),
      0,
      100,
    ),
  ).toEqual([5, 40, 80]);
  expect(gaps(...spans([[-5, 200]]), 0, 100)).toEqual([]);
  expect(gaps(...spans([]), 0, 100)).toEqual([50]);
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
    freeSpans(
      ...spans([
        [15, 30],
        [10, 20],
        [50, 60],
      ]),
      0,
      100,
    ),
  ).toEqual([
    [0, 10],
    [30, 50],
    [60, 100],
  ]);
  expect(freeSpans(...spans([[-5, 200]]), 0, 100)).toEqual([]);
});

/** The parts no interval covers, by merging the intervals in order of their starts. */
function mergedGaps(
  intervals: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
): Array<[number, number]> {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  let reach = from;
  for (const [start, end] of sorted) {
    if (start > reach) out.push([reach, Math.min(start, to)]);
    reach = Math.max(reach, end);
    if (reach >= to) break;
  }
  if (reach < to) out.push([reach, to]);
  return out;
}

it('sweeps to the same parts as merging the intervals in order, touching and nested ones too', () => {
  // Small whole coordinates, so intervals often touch, share ends or sit inside each other.
  const interval = fc
    .tuple(fc.integer({ min: -10, max: 60 }), fc.integer({ min: 0, max: 30 }))
    .map(([start, length]): [number, number] => [start, start + length]);
  fc.assert(
    fc.property(
      fc.array(interval, { maxLength: 12 }),
      fc.integer({ min: -5, max: 20 }),
      fc.integer({ min: 0, max: 60 }),
      (intervals, from, length) => {
        expect(freeSpans(...spans(intervals), from, from + length)).toEqual(
          mergedGaps(intervals, from, from + length),
        );
      },
    ),
    { numRuns: 2_000 },
  );
});

it('sorts numbers in place, nearly sorted ones and shuffled ones alike', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: -1_000, max: 1_000 }), { maxLength: 300 }),
      fc.boolean(),
      (numbers, nearly) => {
        // Nearly sorted: sorted, then a few neighbours swapped.
        const input = nearly ? [...numbers].sort((a, b) => a - b) : numbers;
        if (nearly)
          for (let k = 1; k < input.length; k += 7)
            [input[k - 1], input[k]] = [input[k] as number, input[k - 1] as number];
        const values = Float64Array.from(input);
        sortAscending(values);
        expect([...values]).toEqual([...input].sort((a, b) => a - b));
      },
    ),
    { numRuns: 1_000 },
  );
});
