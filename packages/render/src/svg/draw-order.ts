import type { PositionedNode } from '@roadmapkit/layout';

/**
 * Nodes in the order they are drawn, bottom first: those the document's `drawOrder` lists
 * in that order (an imported picture's source z-order), then the rest as given.
 */
export function inDrawOrder(
  nodes: readonly PositionedNode[],
  drawOrder: readonly string[] | undefined,
): PositionedNode[] {
  if (drawOrder === undefined || drawOrder.length === 0) return [...nodes];
  const rank = new Map<string, number>();
  drawOrder.forEach((id, i) => {
    if (!rank.has(id)) rank.set(id, i);
  });
  const listed = nodes.filter((node) => rank.has(node.id));
  listed.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [...listed, ...nodes.filter((node) => !rank.has(node.id))];
}
