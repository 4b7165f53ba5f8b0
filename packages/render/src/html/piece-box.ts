import { attribute } from '../markup-attribute.js';

/** A box in picture units (top, bottom, left, right). */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** A box that covers the whole picture: what a piece of unknown shape is taken to cover. */
export const EVERYWHERE: Box = {
  top: Number.NEGATIVE_INFINITY,
  bottom: Number.POSITIVE_INFINITY,
  left: Number.NEGATIVE_INFINITY,
  right: Number.POSITIVE_INFINITY,
};

/** The box of what draws nothing (an empty group, a title): it meets no box. */
export const NOWHERE: Box = {
  top: Number.NaN,
  bottom: Number.NaN,
  left: Number.NaN,
  right: Number.NaN,
};

/** A numeric attribute's value; undefined when it is missing or not a plain number. */
const number = (attributes: string, name: string): number | undefined => {
  const value = attribute(attributes, name);
  return value !== undefined && /^-?[\d.]+(?:e-?\d+)?$/.test(value) ? Number(value) : undefined;
};

/** The points of a path of absolute commands (M L H V C S Q T Z); undefined for any other. */
function pathPoints(d: string): [number, number][] | undefined {
  if (/[^MLHVCSQTZ\d\s,.eE-]/.test(d)) return undefined;
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command = '', args = ''] of d.matchAll(/([MLHVCSQTZ])([^MLHVCSQTZ]*)/g)) {
    const values = (args.match(/-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/gi) ?? []).map(Number);
    if (command === 'Z') continue;
    for (let i = 0; i < values.length; i += command === 'H' || command === 'V' ? 1 : 2) {
      if (command === 'H') x = values[i] ?? x;
      else if (command === 'V') y = values[i] ?? y;
      else {
        x = values[i] ?? x;
        y = values[i + 1] ?? y;
      }
      points.push([x, y]);
    }
  }
  return points;
}

/**
 * A generous box of a piece of our SVG markup (all its shapes, stroke and text included): the
 * union of its rects, circles, paths and text runs. A text run is taken as wide as its
 * characters at 0.7 em each on both sides of its x (its anchor is not known), a line from one
 * em above its baseline to 0.4 em below. Anything it cannot read covers the whole picture.
 * `fontSize` gives a class's font size (the picture's `rk-pN` classes).
 */
export function pieceBox(markup: string, fontSize: (classes: string) => number | undefined): Box {
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  const add = (x0: number, y0: number, x1: number, y1: number) => {
    top = Math.min(top, y0);
    bottom = Math.max(bottom, y1);
    left = Math.min(left, x0);
    right = Math.max(right, x1);
  };
  let size = 16;
  for (const match of markup.matchAll(
    /<([A-Za-z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*"[^"]*")?)*)\s*\/?>([^<]*)/g,
  )) {
    const [, tag = '', attributes = '', text = ''] = match;
    const n = (name: string) => number(attributes, name);
    if (tag === 'rect') {
      const [x, y, w, h] = [n('x') ?? 0, n('y') ?? 0, n('width'), n('height')];
      if (w === undefined || h === undefined) return EVERYWHERE;
      add(x, y, x + w, y + h);
    } else if (tag === 'circle') {
      const [cx, cy, r] = [n('cx') ?? 0, n('cy') ?? 0, n('r')];
      if (r === undefined) return EVERYWHERE;
      add(cx - r, cy - r, cx + r, cy + r);
    } else if (tag === 'path') {
      const points = pathPoints(attribute(attributes, 'd') ?? '');
      if (!points) return EVERYWHERE;
      for (const [x, y] of points) add(x, y, x, y);
    } else if (tag === 'text' || tag === 'tspan') {
      const classes = attribute(attributes, 'class') ?? '';
      size = n('font-size') ?? fontSize(classes) ?? size;
      const [x, y] = [n('x'), n('y')];
      if (text.trim() !== '') {
        if (x === undefined || y === undefined) return EVERYWHERE;
        const half = text.length * size * 0.7;
        add(x - half, y - size, x + half, y + size * 0.4);
      }
    } else if (!['g', 'a', 'title', 'desc'].includes(tag)) return EVERYWHERE;
  }
  return top <= bottom ? { top, bottom, left, right } : NOWHERE;
}

/** Whether two boxes, each grown by `margin` (strokes, anti-aliasing), meet. */
export const meet = (a: Box, b: Box, margin: number) =>
  a.left - margin < b.right + margin &&
  b.left - margin < a.right + margin &&
  a.top - margin < b.bottom + margin &&
  b.top - margin < a.bottom + margin;
