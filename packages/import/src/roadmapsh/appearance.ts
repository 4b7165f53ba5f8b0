import type { ValueReader } from '../core/values.js';
import type { ImportPath } from '../import-issue.js';
import { asNumber, asRecord, type Json } from '../read-value.js';

/** The optional look of an element, as the schema writes it. */
export interface Appearance {
  color?: string;
  background?: string;
  borderColor?: string;
  fontSize?: number;
}

/**
 * An element's look from its editor data: `data.style.<key>` first, then `data.<key>`
 * (buttons and labels keep their colours there). Colours that do not map are left to
 * the theme with a warning.
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
  return out;
}
