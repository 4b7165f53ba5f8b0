import type { Point, Rect } from '../core/geometry.js';
import { isUsableCoordinate, isUsableExtent } from '../core/limits.js';
import type { ImportPath, IssueLog } from '../import-issue.js';
import { asArray, asNumber, asRecord, asText, dig, type Json } from '../read-value.js';

/** A Balsamiq control with its position made absolute (groups place children relative to them). */
export interface Control {
  readonly id: string;
  readonly type: string;
  readonly position: Point | undefined;
  readonly width: number | undefined;
  readonly height: number | undefined;
  readonly props: Json;
  readonly path: ImportPath;
  /** Where it is drawn: the `zOrder` of each enclosing group, then its own (else file order). */
  readonly zPath: readonly number[];
}

/** A group of controls that draws one box: its own frame and its controls. */
export interface ControlGroup {
  readonly control: Control;
  readonly children: readonly Control[];
}

export interface ControlSet {
  readonly groups: ControlGroup[];
  readonly controls: Control[];
}

const GROUP = '__group__';
const MAX_NESTING = 32;

/** The rect of a control, when it has a usable position and size. */
export function rectOfControl(control: Control): Rect | undefined {
  const { position, width, height } = control;
  if (position === undefined || width === undefined || height === undefined) return undefined;
  return { x: position.x, y: position.y, width, height };
}

/**
 * Every control with an absolute position. A group holding no other group becomes one
 * `ControlGroup` (a box); a group holding groups is a container whose members are read
 * as if they were at the top level.
 */
export function readControls(
  list: readonly unknown[],
  path: ImportPath,
  log: IssueLog,
): ControlSet {
  const set: ControlSet = { groups: [], controls: [] };
  collect(list, path, { x: 0, y: 0 }, [], 0, set, log);
  return set;
}

function collect(
  list: readonly unknown[],
  path: ImportPath,
  offset: Point | undefined,
  zBase: readonly number[],
  depth: number,
  set: ControlSet,
  log: IssueLog,
): Control[] {
  const out: Control[] = [];
  list.forEach((raw, index) => {
    const at = [...path, index];
    const record = asRecord(raw);
    if (record === undefined) {
      log.warn(
        'invalid-node',
        at,
        `control [${index}] of ${depth === 0 ? 'the mockup' : 'its group'} is not an object; skipped it`,
      );
      return;
    }
    const control = controlOf(record, at, offset, index, zBase);
    if (control.type !== GROUP) {
      out.push(control);
      return;
    }
    const children = asArray(dig(record, 'children', 'controls', 'control')) ?? [];
    if (depth >= MAX_NESTING) {
      log.warn(
        'invalid-node',
        at,
        `group control "${control.id}" nests deeper than ${MAX_NESTING} groups; skipped it`,
      );
      return;
    }
    const childPath = [...at, 'children', 'controls', 'control'];
    // A badge drawn as its own small group (an icon, perhaps on a disc) belongs to this box:
    // its controls join the box's. Any other inner group makes this group a container.
    const inner: ControlSet = { groups: [], controls: [] };
    const members = collect(
      children,
      childPath,
      control.position,
      control.zPath,
      depth + 1,
      inner,
      log,
    );
    const badges = inner.groups.filter(isBadgeGroup);
    const container = inner.controls.length > 0 || badges.length < inner.groups.length;
    if (container) {
      set.groups.push(...inner.groups);
      set.controls.push(...members, ...inner.controls);
    } else {
      const icons = badges.flatMap((badge) => badge.children.filter((c) => c.type === 'Icon'));
      set.groups.push({ control, children: [...members, ...icons] });
    }
  });
  if (depth === 0) set.controls.push(...out);
  return out;
}

function controlOf(
  record: Json,
  path: ImportPath,
  offset: Point | undefined,
  index: number,
  zBase: readonly number[],
): Control {
  const x = asNumber(record.x);
  const y = asNumber(record.y);
  const position =
    offset !== undefined && x !== undefined && y !== undefined
      ? { x: offset.x + x, y: offset.y + y }
      : undefined;
  const width = asNumber(record.w) ?? asNumber(record.measuredW);
  const height = asNumber(record.h) ?? asNumber(record.measuredH);
  return {
    id: asText(record.ID)?.trim() || `control-${index + 1}`,
    type: asText(record.typeID) ?? '',
    position:
      position && isUsableCoordinate(position.x) && isUsableCoordinate(position.y)
        ? position
        : undefined,
    width: isUsableExtent(width) ? width : undefined,
    height: isUsableExtent(height) ? height : undefined,
    props: asRecord(record.properties) ?? {},
    path,
    zPath: [...zBase, asNumber(record.zOrder) ?? index],
  };
}

/** The most a badge may measure (px): larger inner groups are boxes of their own. */
const BADGE_SIZE = 48;

/** A group that only draws a badge: an icon, with nothing else larger than a badge. */
function isBadgeGroup(group: ControlGroup): boolean {
  const small = (c: Control) =>
    (c.width ?? 0) <= BADGE_SIZE && (c.height ?? 0) <= BADGE_SIZE && c.type !== 'Label';
  return (
    group.children.some((c) => c.type === 'Icon') &&
    group.children.every((c) => c.type === 'Icon' || small(c))
  );
}
