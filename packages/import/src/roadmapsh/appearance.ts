import type { Padding } from '../core/padding.js';
import type { ValueReader } from '../core/values.js';
import type { ImportPath } from '../import-issue.js';
import { asNumber, asRecord, type Json } from '../read-value.js';

/** The optional look of an element, as the schema writes it. */
export interface Appearance {
  color?: string;
  background?: string;
  borderColor?: string;
  fontSize?: number;
  padding?: Padding;
}

/**
 * An element's look from its editor data: `data.style.<key>` first, then `data.<key>`
 * (buttons and labels keep their colours there). Colours that do not map are left to
 * the theme with a warning; the box's own CSS `padding` becomes its inset.
 */
export function readAppearance(
  data: Json,
  path: ImportPath,
  name: string,
  values: ValueReader,
): Appearance {
  const style = asRecord(data.style) ?? {};
  const pick = (key: string): [unknown, ImportPath] =>
    style[key] !== undefined
      ? [style[key], [...path, 'data', 'style', key]]
      : [data[key], [...path, 'data', key]];
  const out: Appearance = {};
  const [color, colorPath] = pick('color');
  const text = values.color(color, colorPath, name);
  if (text !== undefined) out.color = text;
  const [background, backgroundPath] = pick('backgroundColor');
  const fill = values.paint(background, backgroundPath, name);
  if (fill !== undefined) out.background = fill;
  const [border, borderPath] = pick('borderColor');
  const stroke = values.paint(border, borderPath, name);
  if (stroke !== undefined) out.borderColor = stroke;
  const fontSize = asNumber(pick('fontSize')[0]);
  if (fontSize !== undefined && fontSize >= 1 && fontSize <= 200) out.fontSize = fontSize;
  const padding = values.padding(...pick('padding'), name);
  if (padding !== undefined) out.padding = padding;
  return out;
}

const TEXT_ALIGN = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right' };
const JUSTIFY = {
  'flex-start': 'top',
  start: 'top',
  center: 'middle',
  'flex-end': 'bottom',
  end: 'bottom',
} as const;

/**
 * A paragraph's or label's alignment from its editor style: `textAlign` across the box, and the flex
 * `justifyContent` down it (`flex-start` is the top: the text sits above whatever the
 * author placed below it, such as the buttons of a "related roadmaps" panel).
 */
export function readAlignment(data: Json): {
  textAlign?: 'left' | 'center' | 'right';
  verticalAlign?: 'top' | 'middle' | 'bottom';
} {
  const style = asRecord(data.style) ?? {};
  const across = typeof style.textAlign === 'string' ? style.textAlign.trim() : '';
  const down = typeof style.justifyContent === 'string' ? style.justifyContent.trim() : '';
  const textAlign = Object.hasOwn(TEXT_ALIGN, across)
    ? (TEXT_ALIGN[across as keyof typeof TEXT_ALIGN] as 'left' | 'center' | 'right')
    : undefined;
  const verticalAlign = Object.hasOwn(JUSTIFY, down)
    ? JUSTIFY[down as keyof typeof JUSTIFY]
    : undefined;
  return {
    ...(textAlign === undefined ? {} : { textAlign }),
    ...(verticalAlign === undefined ? {} : { verticalAlign }),
  };
}
