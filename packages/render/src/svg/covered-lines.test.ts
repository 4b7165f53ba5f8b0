import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveredLines, type Stretch } from './covered-lines.js';

/** What is left of s→t once every stretch of `drawn` is taken out, one by one, the plain way. */
function plainUncovered(drawn: readonly Stretch[], s: number, t: number): Stretch[] {
  const low = Math.min(s, t);
  const high = Math.max(s, t);
  const overlapping = drawn.filter(([c0, c1]) => c1 > low && c0 < high);
  overlapping.sort((a, b) => a[0] - b[0]);
  const free: Stretch[] = [];
  let at = low;
  for (const [c0, c1] of overlapping) {
    if (c0 > at && c0 - at > 0.5) free.push([at, c0]);
    if (c1 > at) at = c1;
  }
  if (high - at > 0.5) free.push([at, high]);
  return t < s ? free.reverse().map(([u, v]): Stretch => [v, u]) : free;
}

describe('coveredLines', () => {
  it('gives what is not drawn yet, in the direction asked, on each line apart', () => {
    const lines = coveredLines();
    expect(lines.uncovered('v1', 0, 100)).toEqual([[0, 100]]);
    lines.draw('v1', 20, 40);
    lines.draw('v1', 70, 60);
    expect(lines.uncovered('v1', 0, 100)).toEqual([
      [0, 20],
      [40, 60],
      [70, 100],
    ]);
    expect(lines.uncovered('v1', 100, 0)).toEqual([
      [100, 70],
      [60, 40],
      [20, 0],
    ]);
    // Another line has nothing drawn.
    expect(lines.uncovered('v2', 0, 100)).toEqual([[0, 100]]);
    // Stretches that touch merge; a gap of half a pixel or less counts as drawn.
    lines.draw('v1', 40, 60);
    lines.draw('v1', 70.4, 90);
    expect(lines.uncovered('v1', 0, 100)).toEqual([
      [0, 20],
      [90, 100],
    ]);
    expect(lines.uncovered('v1', 25, 85)).toEqual([]);
  });

  it('answers as taking out every drawn stretch one by one would, for any drawing order', () => {
    // Coordinates on a half-pixel grid, so stretches often touch, nest and repeat.
    const coordinate = fc.integer({ min: 0, max: 60 }).map((n) => n / 2);
    const step = fc.record({
      line: fc.constantFrom('a', 'b'),
      s: coordinate,
      t: coordinate,
      draw: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const lines = coveredLines();
        const plain = new Map<string, Stretch[]>();
        for (const { line, s, t, draw } of steps) {
          const list = plain.get(line) ?? [];
          expect(lines.uncovered(line, s, t)).toEqual(plainUncovered(list, s, t));
          if (draw) {
            lines.draw(line, s, t);
            list.push([Math.min(s, t), Math.max(s, t)]);
            plain.set(line, list);
          }
        }
      }),
      { numRuns: Number(process.env.COVERED_RUNS ?? 500) },
    );
  });
});
