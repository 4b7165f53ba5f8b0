import type { IssueLog } from '../import-issue.js';
import type { DraftItem } from './draft.js';
import type { Point } from './geometry.js';

const GAP = 40;

/**
 * Every item's top-left: the source's where it has one; the others are laid out in a
 * square grid below everything else (in source order), each with a warning naming it.
 */
export function placeMissing(items: readonly DraftItem[], log: IssueLog): Map<string, Point> {
  const placed = new Map<string, Point>();
  let minX = Number.POSITIVE_INFINITY;
  let maxBottom = Number.NEGATIVE_INFINITY;
  const missing: DraftItem[] = [];
  for (const item of items) {
    if (item.position === undefined) {
      missing.push(item);
      continue;
    }
    placed.set(item.id, item.position);
    minX = Math.min(minX, item.position.x);
    maxBottom = Math.max(maxBottom, item.position.y + item.size.height);
  }
  if (missing.length === 0) return placed;
  const columns = Math.ceil(Math.sqrt(missing.length));
  let x = Number.isFinite(minX) ? minX : 0;
  let y = Number.isFinite(maxBottom) ? maxBottom + GAP : 0;
  const left = x;
  let rowHeight = 0;
  missing.forEach((item, i) => {
    if (i > 0 && i % columns === 0) {
      x = left;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    placed.set(item.id, { x, y });
    log.warn(
      'missing-position',
      [...item.path, 'position'],
      `${item.name} has no usable position; placed it below the picture at (${Math.round(x)}, ${Math.round(y)})`,
    );
    x += item.size.width + GAP;
    rowHeight = Math.max(rowHeight, item.size.height);
  });
  return placed;
}
