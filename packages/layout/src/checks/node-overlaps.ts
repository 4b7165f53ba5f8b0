import { boxesOverlap } from '../geometry/box.js';
import { createSpatialIndex } from '../geometry/spatial-index.js';
import type { Box, PositionedRoadmap } from '../positioned-roadmap.js';

/**
 * In an automatic layout no two node boxes overlap, and no node overlaps the title, a
 * call-out or the legend (touching borders is fine). Two boxes both pinned by the document
 * are the document's choice and are not reported, nor are two boxes of one authored block
 * (`group`); neither is anything in a manual layout.
 */
export function overlappingNodes(positioned: PositionedRoadmap): string[] {
  if (positioned.layout === 'manual') return [];
  const named: Array<{ name: string; box: Box; pinned: boolean; group?: string | undefined }> = [
    ...positioned.nodes.map((n) => ({
      name: `node "${n.id}"`,
      box: n.box,
      pinned: n.pinned,
      group: n.group,
    })),
    { name: 'the title', box: positioned.title.box, pinned: positioned.title.pinned },
    ...positioned.callouts.map((c, i) => ({ name: `call-out ${i}`, box: c.box, pinned: false })),
    ...(positioned.legend
      ? [{ name: 'the legend', box: positioned.legend.box, pinned: false }]
      : []),
  ];
  const index = createSpatialIndex(named.map((n) => n.box));
  const out: string[] = [];
  named.forEach((a, i) => {
    const others = index.queryBox(a.box).sort((x, y) => x - y);
    for (const j of others) {
      const b = named[j];
      if (j <= i || !b || (a.pinned && b.pinned) || !boxesOverlap(a.box, b.box)) continue;
      if (a.group !== undefined && a.group === b.group) continue;
      out.push(`${a.name} ${describe(a.box)} overlaps ${b.name} ${describe(b.box)}`);
    }
  });
  return out;
}

function describe(box: Box): string {
  return `(${box.x}, ${box.y}, ${box.width}×${box.height})`;
}
