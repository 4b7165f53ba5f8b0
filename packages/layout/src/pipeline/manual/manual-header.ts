import { unionBoxes } from '../../geometry/box.js';
import type { Box } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { layoutHeader } from '../auto/header-layout.js';
import type { HeaderParts } from '../auto/place-auto.js';
import type { Placement } from './combine-placement.js';

/**
 * Manual mode: the title and call-outs centred above everything, the legend at its right,
 * or where `legendAt` pins it (the document's `legendPosition`).
 */
export function manualHeader(
  nodes: Map<string, Box>,
  header: HeaderParts,
  titlePinned: Box | undefined,
  options: ResolvedOptions,
  legendAt?: { readonly x: number; readonly y: number },
): Placement {
  const legendPinned =
    header.legend && legendAt
      ? { x: legendAt.x, y: legendAt.y, width: header.legend.width, height: header.legend.height }
      : undefined;
  const content = unionBoxes([
    ...nodes.values(),
    ...(titlePinned ? [titlePinned] : []),
    ...(legendPinned ? [legendPinned] : []),
  ]) ?? {
    x: options.gaps.margin,
    y: options.gaps.margin,
    width: 0,
    height: 0,
  };
  const half = content.width / 2;
  const layout = layoutHeader({
    centre: (maxWidth) => {
      const parts = header.centre(maxWidth);
      return { title: titlePinned ? undefined : parts.title, callouts: parts.callouts };
    },
    legend: legendPinned ? undefined : header.legend,
    free: [],
    left: half,
    right: half,
    gap: options.gaps.header,
    stack: options.gaps.stack,
    maxWidth: options.maxTitleWidth,
  });
  const x = content.x + half;
  const y = content.y - options.gaps.band - layout.height;
  const place = (box: Box) => ({ ...box, x: box.x + x, y: box.y + y });
  return {
    nodes,
    title: titlePinned ?? (layout.title ? place(layout.title) : { x, y, width: 0, height: 0 }),
    callouts: layout.callouts.map(place),
    legend: legendPinned ?? (layout.legend ? place(layout.legend) : undefined),
    wrapWidth: layout.wrapWidth,
  };
}
