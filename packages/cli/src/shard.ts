import { UsageError } from './errors.js';

/** A shard of a file list: the `index`-th (1-based) of `count` parts. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** Reads `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(
      `--shard must be i/n with 1 ≤ i ≤ n (for example 2/4), received ${JSON.stringify(text)}`,
    );
  }
  return { index, count };
}

/**
 * The items of one shard. Items are dealt round-robin in the order given (callers sort the
 * list first), so every item lands in exactly one shard and shards differ in size by at most one.
 */
export function takeShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, i) => i % shard.count === shard.index - 1);
}
