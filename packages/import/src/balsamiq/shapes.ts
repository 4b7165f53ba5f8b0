import { fromDecimalRgb } from '../core/colors.js';
import type { Point, Size } from '../core/geometry.js';
import type { ElementInput } from '../core/model-types.js';
import type { ValueReader } from '../core/values.js';
import type { IssueLog } from '../import-issue.js';
import { asNumber } from '../read-value.js';
import { classify } from './classify.js';
import { controlName, sizeOf, textOf } from './control-text.js';
import { type Control, type ControlSet, rectOfControl } from './controls.js';

/** Something the mockup draws, before it gets its document id. */
export interface Shape {
  readonly kind: 'topic' | 'subtopic' | 'element';
  readonly control: Control;
  /** The id it asks for: the group's `controlName`, else the control `ID`. */
  readonly wanted: string;
  readonly name: string;
  readonly position: Point | undefined;
  readonly size: Size;
  /** A topic's or subtopic's label. */
  readonly label: string;
  /** A topic's or subtopic's font size, where the mockup sets one (px). */
  readonly fontSize?: number;
  /** An element (id still empty). */
  readonly element?: ElementInput;
  /** A standalone label: a legend entry when a check-circle icon sits before it. */
  readonly plainLabel?: boolean;
  /** A box group's `controlName` (`100-web-servers:nginx`): the source's own tree. */
  readonly treeKey?: string;
  /** Icons drawn inside the group: badges of this box. */
  readonly icons: readonly Control[];
}

export interface ShapeSet {
  readonly shapes: Shape[];
  readonly arrows: Control[];
  /** Icons outside any box group. */
  readonly icons: Control[];
}

const TITLE_SIZE = 28;
const BOXES = new Set(['TextArea', 'TextInput', 'Canvas']);

export interface ShapeContext {
  readonly values: ValueReader;
  readonly log: IssueLog;
}

/** Reads the controls into shapes, arrows and loose icons. */
export function readShapes(set: ControlSet, ctx: ShapeContext): ShapeSet {
  const { log } = ctx;
  const out: ShapeSet = { shapes: [], arrows: [], icons: [] };
  const byPlace = (a: Control, b: Control) =>
    (a.position?.y ?? 0) - (b.position?.y ?? 0) || (a.position?.x ?? 0) - (b.position?.x ?? 0);
  for (const group of set.groups) {
    const members = [...group.children].sort(byPlace);
    for (const member of members) {
      if (member.type === 'Arrow') out.arrows.push(member);
      else if (member.type !== 'Icon' && member.type !== 'Label' && !BOXES.has(member.type))
        unknown(member, log);
    }
    const shape = classify(
      group,
      members.filter((m) => m.type !== 'Arrow'),
      ctx,
    );
    if (shape === undefined) out.icons.push(...members.filter((m) => m.type === 'Icon'));
    else out.shapes.push(shape);
  }
  for (const control of set.controls) {
    if (control.type === 'Arrow') out.arrows.push(control);
    else if (control.type === 'Icon') out.icons.push(control);
    else if (control.type === 'Label') {
      const shape = standaloneLabel(control, ctx);
      if (shape !== undefined) out.shapes.push(shape);
    } else if (BOXES.has(control.type)) {
      const shape = classify({ control, children: [control] }, [control], ctx);
      if (shape !== undefined) out.shapes.push(shape);
    } else unknown(control, log);
  }
  return out;
}

function unknown(control: Control, log: IssueLog): void {
  log.warn(
    'unknown-type',
    [...control.path, 'typeID'],
    `${control.type || 'untyped'} control "${control.id}" has no counterpart in a roadmap; skipped it`,
  );
}

/** A label on its own: a title when its font is large, else a label element. */
function standaloneLabel(control: Control, { values, log }: ShapeContext): Shape | undefined {
  const color = textOf(control).color ?? fromDecimalRgb(control.props.color);
  const name = controlName('Label', control.id, textOf(control).text);
  const text = values.label(textOf(control).text, [...control.path, 'properties', 'text'], name);
  if (text === '') {
    log.warn(
      'empty-label',
      [...control.path, 'properties', 'text'],
      `${name} has no text; dropped it`,
    );
    return undefined;
  }
  const fontSize = asNumber(control.props.size);
  const look = {
    ...(color === undefined ? {} : { color }),
    ...(fontSize !== undefined && fontSize >= 1 && fontSize <= 200 ? { fontSize } : {}),
  };
  const label = text.replace(/\s*\n\s*/g, ' ');
  const title = fontSize !== undefined && fontSize >= TITLE_SIZE;
  const element: ElementInput = title
    ? { kind: 'title', id: '', label, ...look }
    : { kind: 'label', id: '', label, ...look };
  return {
    kind: 'element',
    control,
    wanted: control.id,
    name,
    position: control.position,
    size: sizeOf(
      rectOfControl(control),
      { width: Math.max(40, label.length * 8), height: 25 },
      name,
      control,
      log,
    ),
    label: '',
    element,
    plainLabel: !title,
    icons: [],
  };
}
