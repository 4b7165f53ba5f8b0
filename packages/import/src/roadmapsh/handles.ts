import type { BoxSide } from '../core/geometry.js';
import type { EdgeStyle } from '../core/model-types.js';
import { asText } from '../read-value.js';

const SIDES: Readonly<Record<string, BoxSide>> = { w: 'top', x: 'bottom', y: 'left', z: 'right' };

/**
 * The side of a box an editor handle sits on: the letter is the side (`w` top, `x` bottom,
 * `y` left, `z` right), the digit which of the two handles on that side.
 */
export function sideOfHandle(handle: unknown): BoxSide | undefined {
  const match = /^([wxyz])\d*$/i.exec(asText(handle)?.trim() ?? '');
  return match?.[1] === undefined ? undefined : SIDES[match[1].toLowerCase()];
}

/**
 * The stroke style of an edge or line, as the editor draws it: read from the dash pattern
 * when there is one (none or "0": solid; dots of at most 1px: dotted, as roadmap.sh's
 * round-capped `0.8 8` branch edges whose `edgeStyle` says "dashed"; longer dashes:
 * dashed), else the editor's `edgeStyle` when it names one of ours, else solid.
 */
export function strokeStyle(edgeStyle: unknown, dasharray: unknown): EdgeStyle {
  const dashes = (asText(dasharray) ?? '')
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .map(Number)
    .filter((n) => Number.isFinite(n));
  if (dashes.length > 0) {
    if (dashes.every((n) => n === 0)) return 'solid';
    return (dashes[0] ?? 0) <= 1 ? 'dotted' : 'dashed';
  }
  if (edgeStyle === 'solid' || edgeStyle === 'dashed' || edgeStyle === 'dotted') return edgeStyle;
  return 'solid';
}
