import { fromDecimalRgb } from '../core/colors.js';
import type { Rect } from '../core/geometry.js';
import type { ElementInput } from '../core/model-types.js';
import { asNumber, asText } from '../read-value.js';
import { controlName, sizeOf, textOf } from './control-text.js';
import { type Control, type ControlGroup, rectOfControl } from './controls.js';
import { readingOrder } from './reading-order.js';
import type { Shape, ShapeContext } from './shapes.js';

const BOXES = new Set(['TextArea', 'TextInput', 'Canvas']);
/** `controlName: ext_link:example.com/page`: a box that links to another page. */
const EXTERNAL = /^ext_link:\s*(\S+)$/;

/**
 * What a box group (or a lone box control) is: a topic when its `controlName` is a plain
 * name, a subtopic when the name has a `:` (`topic:subtopic`), and without a name, by
 * its fill (yellow: topic, light yellow: subtopic). Anything else with text is a paragraph
 * (in a box) or a label; an empty box is a section.
 */
export function classify(
  group: ControlGroup,
  members: readonly Control[],
  { values, log }: ShapeContext,
): Shape | undefined {
  const box = members.find((member) => BOXES.has(member.type));
  const labels = readingOrder(members.filter((m) => m.type === 'Label'));
  const boxText = box === undefined ? undefined : textOf(box);
  const texts = labels.length > 0 ? labels : boxText?.text ? [boxText] : [];
  const rawText = texts.map((t) => t.text).join('\n');
  const fill = fromDecimalRgb(box?.props.color);
  const named = asText(group.control.props.controlName)?.trim() || undefined;
  const lone = group.children.length === 1 && group.children[0] === group.control;
  const name = controlName(lone ? group.control.type : 'group', group.control.id, rawText);
  const textPath = [...(box ?? group.control).path, 'properties', 'text'];
  const text = values.markdown(rawText, textPath, name);
  const base = {
    control: group.control,
    wanted: named ?? group.control.id,
    name,
    position: group.control.position,
    size: sizeOf(
      rectOfControl(group.control) ?? union(members),
      { width: 200, height: 46 },
      name,
      group.control,
      log,
    ),
    icons: members.filter((m) => m.type === 'Icon'),
  };
  const external = named === undefined ? undefined : EXTERNAL.exec(named)?.[1];
  const kind = external === undefined ? kindOf(named, fill) : undefined;
  const label = values.label(rawText.replace(/\s*\n\s*/g, ' '), textPath, name);
  const size = asNumber(members.find((m) => m.type === 'Label')?.props.size ?? box?.props.size);
  const fontSize = size !== undefined && size >= 1 && size <= 200 ? size : undefined;
  if (kind !== undefined) {
    if (label !== '')
      return {
        ...base,
        kind,
        label,
        ...(named ? { treeKey: named } : {}),
        ...(fontSize === undefined ? {} : { fontSize }),
      };
    log.warn('empty-label', group.control.path, `${name} is a ${kind} with no text; dropped it`);
    return undefined;
  }
  const color =
    texts.find((t) => t.color !== undefined)?.color ??
    fromDecimalRgb(members.find((m) => m.type === 'Label')?.props.color);
  const look = {
    ...(color === undefined ? {} : { color }),
    ...(fontSize !== undefined && fontSize >= 1 && fontSize <= 200 ? { fontSize } : {}),
  };
  const border = fromDecimalRgb(box?.props.borderColor);
  const paint = {
    ...(fill === undefined ? {} : { background: fill }),
    ...(border === undefined ? {} : { borderColor: border }),
  };
  let element: ElementInput | undefined;
  const href =
    external === undefined || label === ''
      ? undefined
      : values.url(
          /^[a-z][a-z0-9+.-]*:/i.test(external) ? external : `https://${external}`,
          [...group.control.path, 'properties', 'controlName'],
          name,
        );
  if (href !== undefined) {
    element = { kind: 'button', id: '', label, url: href, ...look, ...paint };
  } else if (
    box?.type === 'Canvas' ||
    (box !== undefined && text === '' && box.type !== 'TextInput')
  )
    element = { kind: 'section', id: '', ...(label === '' ? {} : { label }), ...paint };
  else if (text !== '' && box !== undefined && box.type !== 'TextInput')
    element = { kind: 'paragraph', id: '', text, ...look, ...paint };
  else if (text !== '') element = { kind: 'label', id: '', label, ...look };
  if (element === undefined) return undefined;
  return { ...base, kind: 'element', label: '', element };
}

function kindOf(
  named: string | undefined,
  fill: string | undefined,
): 'topic' | 'subtopic' | undefined {
  if (named !== undefined) return named.includes(':') ? 'subtopic' : 'topic';
  if (fill === undefined) return undefined;
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(fill.slice(i, i + 2), 16));
  if (r === undefined || g === undefined || b === undefined || r < 0xf0 || g < 0xc8)
    return undefined;
  if (b <= 0x60) return 'topic';
  return b <= 0xd0 ? 'subtopic' : undefined;
}

function union(controls: readonly Control[]): Rect | undefined {
  const rects = controls.map(rectOfControl).filter((r): r is Rect => r !== undefined);
  if (rects.length === 0) return undefined;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
