import { describe, expect, it } from 'vitest';
import type { BandItem } from './band-layout.js';
import { placeSidesWithElk } from './elk-sides.js';
import { type ElkEngine, loadElk } from './load-elk.js';
import { boundedCache, sideCacheOf } from './side-cache.js';
import { planSide } from './side-layout.js';

const gaps = { column: 30, stack: 10 };
const leaf = (id: string): BandItem => ({
  id,
  width: 100,
  height: 30,
  inColumn: true,
  stretch: true,
  children: [],
});
const group = (id: string, n: number) => ({
  ...leaf(id),
  children: Array.from({ length: n }, (_, i) => leaf(`${id}${i}`)),
});

describe('the side cache', () => {
  it('answers a side ELK placed before without asking ELK again, with the same places', async () => {
    const elk = await loadElk();
    const sent: number[] = [];
    const counting: ElkEngine = {
      layout: (graph) => {
        sent.push(graph.children?.length ?? 0);
        return elk.layout(graph);
      },
    };
    const a = planSide([group('g', 4), leaf('x')], 1, 50, gaps, false);
    const b = planSide([group('h', 2), group('k', 3)], -1, 50, gaps, false);
    // The same shape under other ids: the same graph.
    const a2 = planSide([group('q', 4), leaf('y')], -1, 50, gaps, false);
    const cache = boundedCache(10);
    const first = await placeSidesWithElk(counting, [{ plan: a, topicHeight: 40 }], cache);
    const second = await placeSidesWithElk(
      counting,
      [
        { plan: b, topicHeight: 40 },
        { plan: a, topicHeight: 40 },
      ],
      cache,
    );
    expect(sent).toEqual([1, 1]);
    expect(second[1]).toEqual(first[0]);
    // A mirrored side is another graph (ELK lays it out leftwards).
    await placeSidesWithElk(counting, [{ plan: a2, topicHeight: 40 }], cache);
    expect(sent).toEqual([1, 1, 1]);
    // A different topic height is another graph too.
    await placeSidesWithElk(counting, [{ plan: a, topicHeight: 90 }], cache);
    expect(sent).toEqual([1, 1, 1, 1]);
  });

  it('forgets the least recently used side first', () => {
    const cache = boundedCache(2);
    cache.set('a', [1]);
    cache.set('b', [2]);
    expect(cache.get('a')).toEqual([1]);
    cache.set('c', [3]);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual([1]);
    expect(cache.get('c')).toEqual([3]);
  });

  it('belongs to one ELK instance: another instance starts empty', async () => {
    const one = await loadElk();
    const two = await loadElk();
    sideCacheOf(one).set('k', [1]);
    expect(sideCacheOf(one).get('k')).toEqual([1]);
    expect(sideCacheOf(two).get('k')).toBeUndefined();
  });
});
