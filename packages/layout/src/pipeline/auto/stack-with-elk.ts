import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ElkEngine } from './load-elk.js';
import { stripGwtFields } from './strip-gwt-fields.js';

/** A block of the roadmap stacked along the spine: the header, then one band per topic. */
export interface StackBlock {
  readonly width: number;
  readonly height: number;
}

/** The ELK layered options for the spine: top to bottom, in the order written. */
export const SPINE_LAYOUT_OPTIONS: Readonly<Record<string, string>> = Object.freeze({
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
  'elk.randomSeed': '1',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
});

/** The ELK graph of the spine: each block a node, each one joined to the next. */
export function spineGraph(blocks: readonly StackBlock[], gap: number): ElkNode {
  return {
    id: 'spine',
    layoutOptions: {
      ...SPINE_LAYOUT_OPTIONS,
      'elk.spacing.nodeNode': String(gap),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(gap),
    },
    children: blocks.map((block, i) => ({
      id: `b${i}`,
      width: Math.max(1, block.width),
      height: Math.max(1, block.height),
    })),
    edges: blocks
      .slice(1)
      .map((_, i) => ({ id: `s${i}`, sources: [`b${i}`], targets: [`b${i + 1}`] })),
  };
}

/**
 * Stacks the blocks top to bottom with ELK's layered algorithm (direction DOWN, model order
 * kept) and returns the top of each block, the first at 0. ELK's horizontal placement is not
 * used: the caller lines the blocks up on the spine axis.
 */
export async function stackWithElk(
  elk: ElkEngine,
  blocks: readonly StackBlock[],
  gap: number,
): Promise<number[]> {
  if (blocks.length === 0) return [];
  const result = stripGwtFields(await elk.layout(spineGraph(blocks, gap)));
  const byId = new Map((result.children ?? []).map((child) => [child.id, child.y ?? Number.NaN]));
  const tops = blocks.map((_, i) => byId.get(`b${i}`) ?? Number.NaN);
  const first = tops[0] ?? 0;
  const out = tops.map((top) => top - first);
  for (let i = 1; i < out.length; i++) {
    const above = (out[i - 1] ?? 0) + (blocks[i - 1]?.height ?? 0);
    if (!Number.isFinite(out[i] ?? Number.NaN) || (out[i] ?? 0) < above - 0.001) {
      throw new Error(`internal: ELK did not stack the spine in order (block ${i})`);
    }
  }
  return out;
}
