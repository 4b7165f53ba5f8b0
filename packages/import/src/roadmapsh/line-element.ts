import type { ElementInput } from '../core/model-types.js';
import { asNumber, asRecord } from '../read-value.js';
import { strokeStyle } from './handles.js';
import type { NodeContext } from './node-elements.js';

/**
 * A vertical or horizontal editor line as a line element through the middle of its box,
 * with the stroke's colour, width and dash style. A line without a position is dropped.
 */
export function line(ctx: NodeContext): ElementInput | undefined {
  const { data, path, name, values, id, position, size } = ctx;
  if (position === undefined) {
    ctx.log.warn('dropped-node', path, `${name} is a line with no usable position; dropped it`);
    return undefined;
  }
  const style = asRecord(data.style) ?? {};
  const vertical = ctx.type === 'vertical';
  const from = vertical
    ? { x: position.x + size.width / 2, y: position.y }
    : { x: position.x, y: position.y + size.height / 2 };
  const to = vertical
    ? { x: from.x, y: position.y + size.height }
    : { x: position.x + size.width, y: from.y };
  const color = values.color(style.stroke, [...path, 'data', 'style', 'stroke'], name);
  const width = asNumber(style.strokeWidth);
  return {
    kind: 'line',
    id,
    from,
    to,
    style: strokeStyle(undefined, style.strokeDasharray),
    ...(color === undefined ? {} : { color }),
    ...(width !== undefined && width > 0 && width <= 100 ? { width } : {}),
  };
}
