import type { Box } from '../../positioned-roadmap.js';

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
 * The title with the call-outs under it and the legend beside them, as one block centred on
 * the spine axis (the legend's middle level with the middle of the title and call-outs); the
 * free column at the top left, under the block when they would meet. The title is wrapped
 * narrow enough for the legend to fit beside it within the bands' width; when that would
 * make it narrower than 200 px, the legend goes under the call-outs instead, centred too.
 */
export function layoutHeader(input: HeaderInput): HeaderLayout {
  const { gap } = input;
  const freeWidth = Math.max(0, ...input.free.map((f) => f.width));
  const span = input.left + input.right;
  const besideWidth = Math.min(
    input.maxWidth,
    span - (input.legend ? input.legend.width + gap : 0),
  );
  const beside = input.legend !== undefined && besideWidth >= Math.min(input.maxWidth, 200);
  const wrapWidth = beside ? besideWidth : input.maxWidth;
  const centre = input.centre(wrapWidth);
  const parts = [...(centre.title ? [centre.title] : []), ...centre.callouts];
  const columnWidth = Math.max(0, ...parts.map((p) => p.width));
  const columnHeight =
    parts.reduce((sum, p) => sum + p.height, 0) + gap * Math.max(0, parts.length - 1);
  const legendSize = input.legend;
  const blockWidth = beside && legendSize ? columnWidth + gap + legendSize.width : columnWidth;
  const blockHeight =
    beside && legendSize ? Math.max(columnHeight, legendSize.height) : columnHeight;
  const left = -blockWidth / 2;
  const columnMiddle = left + columnWidth / 2;

  const placed: Box[] = [];
  let y = (blockHeight - columnHeight) / 2;
  const stackPart = (size: Size) => {
    const box = at(columnMiddle - size.width / 2, y, size);
    placed.push(box);
    y += size.height + gap;
    return box;
  };
  const title = centre.title ? stackPart(centre.title) : undefined;
  const callouts = centre.callouts.map(stackPart);
  let legend: Box | undefined;
  if (legendSize) {
    legend = beside
      ? at(left + columnWidth + gap, (blockHeight - legendSize.height) / 2, legendSize)
      : at(-legendSize.width / 2, columnHeight > 0 ? columnHeight + gap : 0, legendSize);
    placed.push(legend);
  }
  let x0 = -Math.max(input.left, ...placed.map((b) => -b.x));
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
  const x1 = Math.max(input.right, ...placed.map((b) => b.x + b.width));
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
