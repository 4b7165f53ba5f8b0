import { expect, it } from 'vitest';
import type { Box, LayoutWarning } from '../../positioned-roadmap.js';
import { frameSections } from './section-frames.js';

const section = {
  id: 's',
  label: undefined,
  topics: ['a', 'b'],
  position: undefined,
  size: undefined,
  fontSize: undefined,
  appearance: undefined,
};
const members: Record<string, Box[]> = {
  a: [{ x: 100, y: 100, width: 50, height: 20 }],
  b: [{ x: 80, y: 200, width: 50, height: 20 }],
};

it('frames the boxes of its topics with padding', () => {
  const warnings: LayoutWarning[] = [];
  const [frame] = frameSections([section], (t) => members[t] ?? [], new Map(), 10, 5, warnings);
  expect(frame?.box).toEqual({ x: 70, y: 90, width: 90, height: 140 });
  expect(frame?.pinned).toBe(false);
  expect(warnings).toEqual([]);
});

it('keeps a pinned position and size, and skips a section with nothing to frame', () => {
  const warnings: LayoutWarning[] = [];
  const frames = frameSections(
    [
      { ...section, position: { x: 1, y: 2 } },
      { ...section, id: 'empty', topics: [] },
    ],
    (t) => members[t] ?? [],
    new Map(),
    10,
    5,
    warnings,
  );
  expect(frames).toHaveLength(1);
  expect(frames[0]?.box).toEqual({ x: 1, y: 2, width: 90, height: 140 });
  expect(frames[0]?.pinned).toBe(true);
  expect(warnings.map((w) => [w.code, w.id])).toEqual([['section-skipped', 'empty']]);
});
