import { describe, expect, it } from 'vitest';
import { createIssueLog } from '../import-issue.js';
import type { DraftItem } from './draft.js';
import { placeMissing } from './place-missing.js';

const item = (
  id: string,
  position: DraftItem['position'],
  width = 100,
  height = 40,
): DraftItem => ({
  id,
  name: `node "${id}"`,
  path: ['nodes', id],
  position,
  size: { width, height },
});

describe('placeMissing', () => {
  it('keeps known positions and lays the others out in a grid below, with a warning each', () => {
    const log = createIssueLog();
    const placed = placeMissing(
      [
        item('a', { x: -50, y: 10 }),
        item('b', undefined),
        item('c', { x: 200, y: 300 }, 100, 60),
        item('d', undefined),
        item('e', undefined, 100, 80),
      ],
      log,
    );
    expect(Object.fromEntries(placed)).toEqual({
      a: { x: -50, y: 10 },
      c: { x: 200, y: 300 },
      b: { x: -50, y: 400 },
      d: { x: 90, y: 400 },
      e: { x: -50, y: 480 },
    });
    expect(log.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'missing-position',
        ['nodes', 'b', 'position'],
        'node "b" has no usable position; placed it below the picture at (-50, 400)',
      ],
      [
        'missing-position',
        ['nodes', 'd', 'position'],
        'node "d" has no usable position; placed it below the picture at (90, 400)',
      ],
      [
        'missing-position',
        ['nodes', 'e', 'position'],
        'node "e" has no usable position; placed it below the picture at (-50, 480)',
      ],
    ]);
  });

  it('starts at the origin when nothing has a position', () => {
    const placed = placeMissing([item('a', undefined)], createIssueLog());
    expect(placed.get('a')).toEqual({ x: 0, y: 0 });
  });
});
