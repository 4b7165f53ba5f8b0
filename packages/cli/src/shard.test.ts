import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, takeShard } from './shard.js';

describe('shards', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
  });

  it.each(['0/4', '5/4', '1/0', 'a/b', '1', '-1/2'])('rejects %j with a usage error', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard must be i\/n/);
  });

  it('puts every item in exactly one shard, with sizes at most one apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 100 }),
        fc.integer({ min: 1, max: 12 }),
        (items, count) => {
          const shards = Array.from({ length: count }, (_, i) =>
            takeShard(items, { index: i + 1, count }),
          );
          expect(shards.flat().sort()).toEqual([...items].sort());
          const sizes = shards.map((s) => s.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
