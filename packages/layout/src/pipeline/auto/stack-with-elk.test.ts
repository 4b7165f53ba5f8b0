import { expect, it } from 'vitest';
import { loadElk } from './load-elk.js';
import { SPINE_LAYOUT_OPTIONS, spineGraph, stackWithElk } from './stack-with-elk.js';

it('builds a layered, top-down graph that keeps the order written', () => {
  const graph = spineGraph(
    [
      { width: 100, height: 50 },
      { width: 300, height: 80 },
    ],
    40,
  );
  expect(graph.layoutOptions).toMatchObject({
    'elk.algorithm': 'layered',
    'elk.direction': 'DOWN',
    'elk.edgeRouting': 'ORTHOGONAL',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  });
  expect(SPINE_LAYOUT_OPTIONS['elk.direction']).toBe('DOWN');
  expect(graph.edges).toEqual([{ id: 's0', sources: ['b0'], targets: ['b1'] }]);
});

it('stacks the blocks top to bottom in order, a gap apart', async () => {
  const blocks = [
    { width: 100, height: 50 },
    { width: 900, height: 200 },
    { width: 10, height: 10 },
  ];
  const tops = await stackWithElk(await loadElk(), blocks, 40);
  expect(tops).toEqual([0, 90, 330]);
});

it('stacks nothing without asking ELK', async () => {
  const elk = { layout: () => Promise.reject(new Error('not called')) };
  expect(await stackWithElk(elk, [], 40)).toEqual([]);
});
