import { circleBox } from '../geometry/box.js';
import type { Box, Point, PositionedRoadmap } from '../positioned-roadmap.js';

const EPSILON = 0.01;

/** Everything drawn must lie on the canvas, `[0, width] × [0, height]`. */
export function outsideCanvas(positioned: PositionedRoadmap): string[] {
  const { width, height } = positioned;
  const out: string[] = [];
  if (!(width > 0 && height > 0))
    out.push(`the canvas is ${width}×${height}, expected a positive size`);
  const inside = (box: Box) =>
    box.x >= -EPSILON &&
    box.y >= -EPSILON &&
    box.x + box.width <= width + EPSILON &&
    box.y + box.height <= height + EPSILON;
  const check = (what: string, box: Box) => {
    if (!inside(box))
      out.push(
        `${what} (${box.x}, ${box.y}, ${box.width}×${box.height}) lies outside the ${width}×${height} canvas`,
      );
  };
  const point = (p: Point): Box => ({ x: p.x, y: p.y, width: 0, height: 0 });
  for (const node of positioned.nodes) {
    check(`node "${node.id}"`, node.box);
    if (node.badge)
      check(`the badge of node "${node.id}"`, circleBox(node.badge.center, node.badge.radius));
    if (node.tag) check(`the tag of node "${node.id}"`, node.tag.box);
  }
  for (const edge of positioned.edges)
    edge.points.forEach((p, i) => check(`point ${i} of edge ${edge.from}→${edge.to}`, point(p)));
  for (const section of positioned.sections) check(`section "${section.id}"`, section.box);
  for (const frame of positioned.groupFrames ?? [])
    check(`the frame of group "${frame.id}"`, frame.box);
  if (positioned.legend) check('the legend', positioned.legend.box);
  check('the title', positioned.title.box);
  positioned.callouts.forEach((callout, i) => check(`call-out ${i}`, callout.box));
  for (const line of positioned.lineElements) {
    check(`the start of line "${line.id}"`, point(line.from));
    check(`the end of line "${line.id}"`, point(line.to));
  }
  return out;
}
