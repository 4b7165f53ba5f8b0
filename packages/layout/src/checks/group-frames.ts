import { boxesOverlap, circleBox, containsBox, segmentCrossesBox } from '../geometry/box.js';
import type {
  Box,
  PositionedFrameHeader,
  PositionedGroupFrame,
  PositionedRoadmap,
} from '../positioned-roadmap.js';

const EPSILON = 0.01;

/**
 * Frames behind groups of subtopics are boxes too: each holds the boxes of its members; no
 * other node, nor the title, a call-out or the legend, overlaps it (nodes pinned by the
 * document excepted); two frames stand apart or one holds the other; and no spine or branch
 * edge between boxes the layout placed passes through a frame unless it ends at one of the
 * frame's members. The document's own edges, and edges to a pinned box (routed around boxes
 * wherever the pin is), may cross a frame, as they may cross a section: a frame is a background.
 * A frame's header lies inside the frame, its lines inside the header's box, and no node,
 * badge or tag (pinned ones excepted) touches that box, nor any edge a frame keeps out.
 */
export function badGroupFrames(positioned: PositionedRoadmap): string[] {
  const frames = positioned.groupFrames ?? [];
  if (frames.length === 0) return [];
  const out: string[] = [];
  const boxes = new Map(positioned.nodes.map((n) => [n.id, n]));
  const name = (f: PositionedGroupFrame) => `the frame of group "${f.id}" ${describe(f.box)}`;
  for (const frame of frames) {
    const members = new Set(frame.members);
    for (const id of frame.members) {
      const node = boxes.get(id);
      if (!node) out.push(`${name(frame)} holds "${id}", which is not a node`);
      else if (!containsBox(frame.box, node.box))
        out.push(`${name(frame)} does not hold node "${id}" ${describe(node.box)}`);
    }
    for (const node of positioned.nodes)
      if (!members.has(node.id) && !node.pinned && boxesOverlap(frame.box, node.box))
        out.push(`${name(frame)} overlaps node "${node.id}" ${describe(node.box)}`);
    const furniture: Array<[string, Box]> = [
      ['the title', positioned.title.box],
      ...positioned.callouts.map((c, i): [string, Box] => [`call-out ${i}`, c.box]),
      ...(positioned.legend ? [['the legend', positioned.legend.box] as [string, Box]] : []),
    ];
    for (const [what, box] of furniture)
      if (boxesOverlap(frame.box, box)) out.push(`${name(frame)} overlaps ${what}`);
    for (const edge of positioned.edges) {
      if (edge.origin === 'explicit' || members.has(edge.from) || members.has(edge.to)) continue;
      if (boxes.get(edge.from)?.pinned || boxes.get(edge.to)?.pinned) continue;
      edge.points.forEach((b, i) => {
        const a = edge.points[i - 1];
        if (a && segmentCrossesBox(a, b, frame.box))
          out.push(`edge ${edge.from}→${edge.to}: segment ${i} passes through ${name(frame)}`);
      });
    }
  }
  for (const frame of frames)
    if (frame.header) out.push(...badHeader(frame, frame.header, positioned));
  frames.forEach((a, i) => {
    for (const b of frames.slice(i + 1)) {
      if (!boxesOverlap(a.box, b.box)) continue;
      if (!containsBox(a.box, b.box) && !containsBox(b.box, a.box))
        out.push(`${name(a)} and ${name(b)} overlap without one holding the other`);
    }
  });
  return out;
}

function badHeader(
  frame: PositionedGroupFrame,
  header: PositionedFrameHeader,
  positioned: PositionedRoadmap,
): string[] {
  const out: string[] = [];
  const name = `the header of group "${frame.id}" ${describe(header.box)}`;
  const { box } = header;
  if (!containsBox(frame.box, box))
    out.push(`${name} lies outside its frame ${describe(frame.box)}`);
  header.lines.forEach((line, i) => {
    if (
      line.x < box.x - EPSILON ||
      line.x + line.width > box.x + box.width + EPSILON ||
      line.y < box.y - EPSILON ||
      line.y > box.y + box.height + EPSILON
    )
      out.push(`line ${i + 1} ("${line.text}") of ${name} lies outside it`);
  });
  for (const node of positioned.nodes) {
    if (node.pinned) continue;
    const parts: Array<[string, Box]> = [[`node "${node.id}"`, node.box]];
    if (node.badge)
      parts.push([`the badge of "${node.id}"`, circleBox(node.badge.center, node.badge.radius)]);
    if (node.tag) parts.push([`the tag of "${node.id}"`, node.tag.box]);
    for (const [what, part] of parts)
      if (boxesOverlap(box, part)) out.push(`${name} overlaps ${what} ${describe(part)}`);
  }
  const pinned = new Set(positioned.nodes.filter((n) => n.pinned).map((n) => n.id));
  for (const edge of positioned.edges) {
    if (edge.origin === 'explicit' || pinned.has(edge.from) || pinned.has(edge.to)) continue;
    edge.points.forEach((b, i) => {
      const a = edge.points[i - 1];
      if (a && segmentCrossesBox(a, b, box))
        out.push(`edge ${edge.from}→${edge.to}: segment ${i} passes through ${name}`);
    });
  }
  return out;
}

function describe(box: Box): string {
  return `(${box.x}, ${box.y}, ${box.width}×${box.height})`;
}
