import { onBorder, segmentCrossesBox } from '../geometry/box.js';
import { createSpatialIndex } from '../geometry/spatial-index.js';
import type { Box, PositionedRoadmap } from '../positioned-roadmap.js';

/**
 * Every edge is an orthogonal polyline of at least two points, with no zero-length segment,
 * from the border of its `from` box to the border of its `to` box, and none of its segments
 * passes through the inside of any other node box, the title, a call-out or the legend.
 */
export function badEdges(positioned: PositionedRoadmap): string[] {
  const ends = new Map<string, Box>(positioned.nodes.map((n) => [n.id, n.box]));
  if (positioned.title.id !== undefined) ends.set(positioned.title.id, positioned.title.box);
  const obstacles: Array<{ id: string | undefined; name: string; box: Box }> = [
    ...positioned.nodes.map((n) => ({ id: n.id, name: `node "${n.id}"`, box: n.box })),
    { id: positioned.title.id, name: 'the title', box: positioned.title.box },
    ...positioned.callouts.map((c, i) => ({ id: undefined, name: `call-out ${i}`, box: c.box })),
    ...(positioned.legend
      ? [{ id: undefined, name: 'the legend', box: positioned.legend.box }]
      : []),
  ];
  const index = createSpatialIndex(obstacles.map((o) => o.box));
  const out: string[] = [];
  for (const edge of positioned.edges) {
    const name = `edge ${edge.from}→${edge.to}`;
    const { points } = edge;
    if (points.length < 2) {
      out.push(`${name} has ${points.length} point(s), expected at least 2`);
      continue;
    }
    const from = ends.get(edge.from);
    const to = ends.get(edge.to);
    const first = points[0];
    const last = points[points.length - 1];
    if (!from) out.push(`${name} starts at "${edge.from}", which is not a node`);
    else if (first && !onBorder(from, first))
      out.push(`${name} starts at (${first.x}, ${first.y}), not on the border of "${edge.from}"`);
    if (!to) out.push(`${name} ends at "${edge.to}", which is not a node`);
    else if (last && !onBorder(to, last))
      out.push(`${name} ends at (${last.x}, ${last.y}), not on the border of "${edge.to}"`);
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (!a || !b) continue;
      if (a.x !== b.x && a.y !== b.y)
        out.push(`${name}: segment ${i} is neither horizontal nor vertical`);
      if (a.x === b.x && a.y === b.y) out.push(`${name}: segment ${i} has zero length`);
      const span = {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      };
      for (const k of index.queryBox(span).sort((x, y) => x - y)) {
        const o = obstacles[k];
        if (!o || o.id === edge.from || o.id === edge.to) continue;
        if (segmentCrossesBox(a, b, o.box))
          out.push(`${name}: segment ${i} passes through ${o.name}`);
      }
    }
  }
  return out;
}
