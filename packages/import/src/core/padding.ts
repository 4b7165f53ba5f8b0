import type { ImportPath, IssueLog } from '../import-issue.js';

/** A box's inset: the space left and right of its text (x) and above and below it (y), px. */
export interface Padding {
  readonly x: number;
  readonly y: number;
}

/** The largest inset the schema takes (px). */
const MAX_INSET = 100;
const LENGTH = /^(\d+(?:\.\d+)?|\.\d+)(px)?$/;

/**
 * A box's own inset from an editor's CSS `padding`: a number of px, or one to four lengths
 * (`"8px"`, `"4px 8px"`, `"4px 8px 6px"`, `"4px 8px 6px 10px"`: top, right, bottom, left).
 * The schema keeps one inset across and one down, so opposite sides are averaged. Undefined
 * when there is none; a value that cannot be read (another unit, a negative or too large
 * length) is left to the editor default with a warning.
 */
export function readPadding(
  value: unknown,
  path: ImportPath,
  name: string,
  log: IssueLog,
): Padding | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const sides = cssSides(value);
  if (sides?.every((side) => side <= MAX_INSET)) {
    const [top, right, bottom, left] = sides;
    return { x: (right + left) / 2, y: (top + bottom) / 2 };
  }
  log.warn(
    'invalid-padding',
    path,
    `${name}: the padding ${JSON.stringify(value)} is not 1 to 4 lengths in px from 0 to ${MAX_INSET}; used the editor's inset`,
  );
  return undefined;
}

function cssSides(value: unknown): [number, number, number, number] | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? [value, value, value, value] : undefined;
  if (typeof value !== 'string') return undefined;
  const lengths: number[] = [];
  for (const part of value.trim().split(/\s+/)) {
    const match = LENGTH.exec(part);
    if (match === null) return undefined;
    lengths.push(Number(match[1]));
  }
  const [top, right, bottom, left] = lengths;
  if (top === undefined || lengths.length > 4) return undefined;
  return [top, right ?? top, bottom ?? top, left ?? right ?? top];
}
