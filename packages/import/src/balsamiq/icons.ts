import { fromDecimalRgb, paletteNameOf } from '../core/colors.js';
import { center, type Point, type Rect } from '../core/geometry.js';
import type { LegendRegistry } from '../core/legend-registry.js';
import type { BadgeCorner } from '../core/model-types.js';
import type { IssueLog } from '../import-issue.js';
import { asRecord, asText } from '../read-value.js';
import type { Control } from './controls.js';
import { closest, labelAfter, rectOfShape } from './icon-targets.js';
import type { Shape, ShapeSet } from './shapes.js';

export interface Badge {
  readonly legend: string;
  readonly badgeCorner: BadgeCorner;
}

export interface IconReading {
  readonly badges: Map<Shape, Badge>;
  /** Labels that became legend entries (not drawn as labels). */
  readonly consumed: Set<Shape>;
  /** The top-left of the legend entries' check marks and labels, where the mockup has them. */
  legendAt: Point | undefined;
}

/** How close (px) an icon must be to a box to be its badge. */
const BADGE_REACH = 24;

function iconName(control: Control): string | undefined {
  const icon = control.props.icon;
  const raw = typeof icon === 'string' ? icon : asText(asRecord(icon)?.ID);
  return raw?.split('|')[0]?.trim().toLowerCase();
}

function centreOf(control: Control): Point | undefined {
  const p = control.position;
  return p === undefined
    ? undefined
    : { x: p.x + (control.width ?? 24) / 2, y: p.y + (control.height ?? 24) / 2 };
}

/** The corner of the box the icon sits on. */
function cornerOf(icon: Point, box: Rect): BadgeCorner {
  const side = icon.x < center(box).x ? 'left' : 'right';
  return icon.y < box.y + box.height * 0.35 ? `${side}-top` : `${side}-center`;
}

/**
 * Check-circle icons: inside a box group, or within reach of a topic or subtopic, they are
 * that box's legend badge; before a lone label, they are a legend entry named by the
 * label. A badge's legend item is the entry of its colour.
 */
export function readIcons(set: ShapeSet, legend: LegendRegistry, log: IssueLog): IconReading {
  const reading: IconReading = { badges: new Map(), consumed: new Set(), legendAt: undefined };
  const widen = (point: Point | undefined) => {
    if (point === undefined) return;
    const at = reading.legendAt;
    reading.legendAt =
      at === undefined ? point : { x: Math.min(at.x, point.x), y: Math.min(at.y, point.y) };
  };
  const boxes = set.shapes.filter((shape) => shape.kind !== 'element');
  const labels = set.shapes.filter((shape) => shape.plainLabel === true);
  const pending: Array<{ icon: Control; at: Point; color: string; box: Shape; rect: Rect }> = [];
  const checks = (icon: Control) => {
    if (iconName(icon) === 'check-circle') return true;
    log.warn(
      'unknown-type',
      [...icon.path, 'properties', 'icon'],
      `Icon control "${icon.id}" shows ${JSON.stringify(iconName(icon) ?? null)}, not a check-circle badge; skipped it`,
    );
    return false;
  };
  for (const shape of boxes) {
    const rect = rectOfShape(shape);
    for (const icon of shape.icons.filter(checks)) {
      const at = centreOf(icon);
      if (rect !== undefined && at !== undefined)
        pending.push({
          icon,
          at,
          color: fromDecimalRgb(icon.props.color) ?? '#000000',
          box: shape,
          rect,
        });
    }
  }
  const loose: Array<{ icon: Control; at: Point | undefined; color: string }> = [];
  for (const icon of set.icons.filter(checks)) {
    const at = centreOf(icon);
    const color = fromDecimalRgb(icon.props.color) ?? '#000000';
    const box = at === undefined ? undefined : closest(at, boxes, BADGE_REACH);
    if (at !== undefined && box !== undefined)
      pending.push({ icon, at, color, box: box.shape, rect: box.rect });
    else loose.push({ icon, at, color });
  }
  // A check mark before a lone label is a legend entry only when its colour badges a box:
  // otherwise it is a tick in running text, and the label stays a label.
  const badgeColors = new Set(pending.map((p) => p.color));
  for (const { icon, at, color } of loose) {
    const label =
      at === undefined || !badgeColors.has(color)
        ? undefined
        : labelAfter(at, labels, reading.consumed);
    if (label?.element?.kind === 'label') {
      legend.add({ key: `color:${color}`, label: label.element.label, color });
      reading.consumed.add(label);
      widen(icon.position);
      widen(label.position);
      continue;
    }
    log.warn(
      'dropped-node',
      icon.path,
      `check-circle Icon control "${icon.id}" is near no box and before no label of a badge colour; dropped it`,
    );
  }
  for (const { at, color, box, rect, icon } of pending) {
    if (reading.badges.has(box)) continue;
    let id = legend.find(`color:${color}`, undefined);
    if (id === undefined) {
      const label = `Badge ${paletteNameOf(color) ?? color}`;
      id = legend.add({ key: `color:${color}`, label, color });
      log.warn(
        'invalid-legend',
        icon.path,
        `no legend entry names the badge colour ${color} (first on ${box.name}); called it "${label}"`,
      );
    }
    reading.badges.set(box, { legend: id, badgeCorner: cornerOf(at, rect) });
  }
  return reading;
}
