import type { ElkNode } from 'elkjs/lib/elk-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BandItem } from './band-layout.js';
import { sideGraph } from './elk-sides.js';
import { loadElk } from './load-elk.js';
import { planSide } from './side-layout.js';

// The graph ELK was first given for a side: a port of our own on each side of every box
// (facing the spine and facing away), network simplex layering, the greedy switch on, the
// model order strategy, connected components separated and the default thoroughness. The cheaper graph must give every box the same place.
const reference = (graph: ElkNode): ElkNode => {
  const options = { ...graph.layoutOptions };
  delete options['elk.layered.crossingMinimization.greedySwitch.type'];
  delete options['elk.layered.layering.strategy'];
  delete options['elk.layered.mergeEdges'];
  delete options['elk.separateConnectedComponents'];
  delete options['elk.layered.thoroughness'];
  options['elk.layered.considerModelOrder.strategy'] = 'NODES_AND_EDGES';
  const facing =
    options['elk.direction'] === 'RIGHT'
      ? { in: 'WEST', out: 'EAST' }
      : { in: 'EAST', out: 'WEST' };
  return {
    ...graph,
    layoutOptions: options,
    children: (graph.children ?? []).map((n) => ({
      ...n,
      ports: [
        { id: `${n.id}.in`, width: 1, height: 1, layoutOptions: { 'elk.port.side': facing.in } },
        { id: `${n.id}.out`, width: 1, height: 1, layoutOptions: { 'elk.port.side': facing.out } },
      ],
      layoutOptions: { 'elk.portConstraints': 'FIXED_SIDE' },
    })),
    edges: (graph.edges ?? []).map((e) => ({
      ...e,
      sources: e.sources.map((id) => `${id}.out`),
      targets: e.targets.map((id) => `${id}.in`),
    })),
  };
};

let next = 0;
const item = (width: number, height: number, children: readonly BandItem[]): BandItem => ({
  id: `i${next++}`,
  width,
  height,
  inColumn: true,
  stretch: true,
  children,
});
const tree: fc.Memo<BandItem[]> = fc.memo((depth) =>
  fc.array(
    fc
      .tuple(
        fc.integer({ min: 40, max: 260 }),
        fc.constantFrom(33, 49, 66, 83),
        depth > 1
          ? fc.oneof({ depthSize: 'small' }, fc.constant([]), tree(depth - 1))
          : fc.constant([]),
      )
      .map(([w, h, children]) => item(w, h, children)),
    { minLength: 1, maxLength: 7 },
  ),
);

describe('the side graph given to ELK', () => {
  it('places every box where the graph with ports of its own placed it', async () => {
    const elk = await loadElk();
    const ys = (side: ElkNode) => (side.children ?? []).map((n) => [n.id, n.y]);
    await fc.assert(
      fc.asyncProperty(tree(3), fc.boolean(), fc.boolean(), async (items, right, grids) => {
        const plan = planSide(items, right ? 1 : -1, 60, { column: 30, stack: 12 }, grids);
        const graph = sideGraph({ plan, topicHeight: 49 }, 'a:', new Map());
        const [cheap, full] = await Promise.all([
          elk.layout({ id: 'r', layoutOptions: { 'elk.algorithm': 'fixed' }, children: [graph] }),
          elk.layout({
            id: 'r',
            layoutOptions: { 'elk.algorithm': 'fixed' },
            children: [reference(graph)],
          }),
        ]);
        expect(ys(cheap.children?.[0] ?? { id: '' })).toEqual(ys(full.children?.[0] ?? { id: '' }));
      }),
      { numRuns: Number(process.env.NUM_RUNS ?? 25) },
    );
  }, 60_000);
});
