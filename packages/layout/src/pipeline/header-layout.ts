import type { Box } from '../positioned-roadmap.js';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** What goes above the spine. */
export interface HeaderInput {
  /** Measures the title and the call-outs wrapped to `maxWidth` (no title: it is pinned). */
  readonly centre: (maxWidth: number) => {
    readonly title: Size | undefined;
    readonly callouts: readonly Size[];
  };
  readonly legend: Size | undefined;
  /** Elements with no `near`, stacked in a column at the top left. */
  readonly free: ReadonlyArray<Size & { readonly id: string }>;
  /** How far the bands reach left and right of the spine axis. */
  readonly left: number;
  readonly right: number;
  /** Between the header's parts. */
  readonly gap: number;
  /** Between boxes stacked in the free column. */
  readonly stack: number;
  /** The widest the title and call-outs may wrap. */
  readonly maxWidth: number;
}

/** The header's boxes, relative to the spine axis (x = 0) and the header's top (y = 0). */
export interface HeaderLayout {
  readonly title: Box | undefined;
  readonly callouts: readonly Box[];
  readonly legend: Box | undefined;
  readonly free: ReadonlyMap<string, Box>;
  /** The width the title and call-outs were wrapped to. */
  readonly wrapWidth: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The title, centred on the spine axis, with the call-outs under it; the legend at the top
 * right (right-aligned with the widest band) and the free column at the top left. The title is
 * wrapped narrow enough to leave room beside it for the legend and the column; when that
 * would make it narrower than 200 px, they go under it instead.
 */
export function layoutHeader(input: HeaderInput): HeaderLayout {
  const { gap } = input;
  const freeWidth = Math.max(0, ...input.free.map((f) => f.width));
  const room = Math.min(
    input.right - (input.legend ? input.legend.width + gap : 0),
    input.left - (input.free.length > 0 ? freeWidth + gap : 0),
  );
  const besideWidth = Math.min(input.maxWidth, 2 * room);
  const wrapWidth = besideWidth >= Math.min(input.maxWidth, 200) ? besideWidth : input.maxWidth;
  const centre = input.centre(wrapWidth);

  const placed: Box[] = [];
  let y = 0;
  const title = centre.title ? at(-centre.title.width / 2, 0, centre.title) : undefined;
  if (title) {
    placed.push(title);
    y = title.height + gap;
  }
  const callouts = centre.callouts.map((size) => {
    const box = at(-size.width / 2, y, size);
    placed.push(box);
    y += size.height + gap;
    return box;
  });
  const centreHalf = Math.max(0, ...placed.map((b) => Math.max(-b.x, b.x + b.width)));
  let x1 = Math.max(input.right, centreHalf);
  let x0 = -Math.max(input.left, centreHalf);

  let legend: Box | undefined;
  if (input.legend) {
    const x = Math.min(x1 - input.legend.width, x1);
    x0 = Math.min(x0, x);
    legend = drop(at(x, 0, input.legend), placed, gap);
    placed.push(legend);
  }
  const free = new Map<string, Box>();
  if (input.free.length > 0) {
    const column = drop(
      at(x0, 0, { width: freeWidth, height: stackedHeight(input.free, input.stack) }),
      placed,
      gap,
    );
    let top = column.y;
    for (const item of input.free) {
      free.set(item.id, at(x0, top, item));
      top += item.height + input.stack;
    }
    placed.push(column);
  }
  x1 = Math.max(x1, ...placed.map((b) => b.x + b.width));
  x0 = Math.min(x0, ...placed.map((b) => b.x));
  const height = Math.max(0, ...placed.map((b) => b.y + b.height));
  return { title, callouts, legend, free, wrapWidth, height, left: -x0, right: x1 };
}

function at(x: number, y: number, size: Size): Box {
  return { x, y, width: size.width, height: size.height };
}

function stackedHeight(items: readonly Size[], stack: number): number {
  return items.reduce((sum, item) => sum + item.height, 0) + (items.length - 1) * stack;
}

/** Moves the box down until it keeps `gap` from every placed box it would overlap. */
function drop(box: Box, placed: readonly Box[], gap: number): Box {
  let y = box.y;
  for (let moved = true; moved; ) {
    moved = false;
    for (const p of placed) {
      const overlapX = box.x < p.x + p.width + gap && p.x < box.x + box.width + gap;
      const overlapY = y < p.y + p.height + gap && p.y < y + box.height + gap;
      if (overlapX && overlapY) {
        y = p.y + p.height + gap;
        moved = true;
      }
    }
  }
  return { ...box, y };
}
