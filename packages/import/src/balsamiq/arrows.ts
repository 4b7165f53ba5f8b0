import { fromDecimalRgb } from '../core/colors.js';
import type { DraftElement, DraftItem, DraftLink } from '../core/draft.js';
import { nearestSide, type Point, pointToRect, type Rect } from '../core/geometry.js';
import type { IdRegistry } from '../core/ids.js';
import { isUsableCoordinate } from '../core/limits.js';
import type { EdgeStyle } from '../core/model-types.js';
import type { IssueLog } from '../import-issue.js';
import { asNumber, asRecord } from '../read-value.js';
import type { Control } from './controls.js';

/** How close (px) an arrow's end must be to a box to connect to it. */
const REACH = 30;

export interface ArrowReading {
  readonly links: DraftLink[];
  readonly lines: DraftElement[];
}

function point(value: unknown, fallback: Point): Point {
  const record = asRecord(value);
  const x = asNumber(record?.x);
  const y = asNumber(record?.y);
  return x === undefined || y === undefined ? fallback : { x, y };
}

function styleOf(control: Control): EdgeStyle {
  const stroke = control.props.stroke;
  return stroke === 'dotted' || stroke === 'dashed' ? stroke : 'solid';
}

/**
 * Arrows are quadratic curves from `p0` through `p1` to `p2` (relative to the control).
 * One whose two ends each touch a different box becomes a link between those boxes (the
 * sides it touches kept); any other becomes a straight line element from end to end.
 */
export function readArrows(
  arrows: readonly Control[],
  targets: readonly DraftItem[],
  registry: IdRegistry,
  log: IssueLog,
): ArrowReading {
  const reading: ArrowReading = { links: [], lines: [] };
  const placed = targets
    .filter((t) => t.position !== undefined)
    .map((t) => ({ id: t.id, rect: { ...(t.position as Point), ...t.size } }));
  for (const arrow of arrows) {
    const name = `Arrow control "${arrow.id}"`;
    const origin = arrow.position;
    if (origin === undefined) {
      log.warn(
        'missing-position',
        [...arrow.path, 'x'],
        `${name} has no usable position; dropped it`,
      );
      continue;
    }
    const p0 = point(arrow.props.p0, { x: 0, y: 0 });
    const p2 = point(arrow.props.p2, { x: arrow.width ?? 0, y: arrow.height ?? 0 });
    const start = { x: origin.x + p0.x, y: origin.y + p0.y };
    const end = { x: origin.x + p2.x, y: origin.y + p2.y };
    if (![start.x, start.y, end.x, end.y].every(isUsableCoordinate)) {
      log.warn(
        'missing-position',
        [...arrow.path, 'properties'],
        `${name} ends outside the picture; dropped it`,
      );
      continue;
    }
    const from = touching(start, placed);
    const to = touching(end, placed);
    if (from !== undefined && to !== undefined && from.id !== to.id) {
      reading.links.push({
        name,
        path: arrow.path,
        from: from.id,
        to: to.id,
        fromSide: nearestSide(from.rect, start),
        toSide: nearestSide(to.rect, end),
        style: styleOf(arrow),
      });
      continue;
    }
    const color = fromDecimalRgb(arrow.props.color);
    const id = registry.claim(arrow.id, 'line');
    const position = { x: Math.min(start.x, end.x), y: Math.min(start.y, end.y) };
    const size = {
      width: Math.max(1, Math.abs(end.x - start.x)),
      height: Math.max(1, Math.abs(end.y - start.y)),
    };
    reading.lines.push({
      id,
      name,
      path: arrow.path,
      position,
      size,
      element: {
        kind: 'line',
        id,
        from: start,
        to: end,
        style: styleOf(arrow),
        ...(color === undefined ? {} : { color }),
      },
    });
  }
  return reading;
}

function touching(at: Point, targets: ReadonlyArray<{ id: string; rect: Rect }>) {
  let best: { id: string; rect: Rect; distance: number } | undefined;
  for (const target of targets) {
    const distance = pointToRect(at, target.rect);
    if (distance <= REACH && (best === undefined || distance < best.distance))
      best = { ...target, distance };
  }
  return best;
}
