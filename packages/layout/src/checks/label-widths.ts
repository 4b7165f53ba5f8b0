import type { Box, PositionedRoadmap, TextLine } from '../positioned-roadmap.js';

const EPSILON = 0.01;

/**
 * Every text line of a node (its label, heading and items) fits in the node's content box
 * horizontally: it is no wider than the box's inner width and starts and ends inside it.
 */
export function overflowingLines(positioned: PositionedRoadmap): string[] {
  const out: string[] = [];
  for (const node of positioned.nodes) {
    const lines = [...node.lines, ...(node.items ?? []).flatMap((item) => item.lines)];
    lines.forEach((line, i) => {
      const problem = overflow(line, node.content);
      if (problem) out.push(`line ${i + 1} ("${line.text}") of node "${node.id}" ${problem}`);
    });
  }
  return out;
}

function overflow(line: TextLine, content: Box): string | undefined {
  if (line.width > content.width + EPSILON)
    return `is ${line.width} px wide, its box holds ${content.width} px`;
  if (line.x < content.x - EPSILON || line.x + line.width > content.x + content.width + EPSILON)
    return `runs from x ${line.x} to ${line.x + line.width}, outside its box's ${content.x} to ${content.x + content.width}`;
  return undefined;
}
