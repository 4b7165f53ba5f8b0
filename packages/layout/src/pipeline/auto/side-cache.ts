import type { ElkEngine } from './load-elk.js';

/** How many sides an ELK instance remembers; the oldest is forgotten first. */
export const SIDE_CACHE_SIZE = 4096;

/**
 * ELK's answers for side graphs it has laid out (the top of each of the graph's boxes, in
 * order), by the graph's text without its id prefix. ELK's layered layout is deterministic (a
 * fixed random seed), so the same graph gets the same places: a side unchanged since an earlier
 * layout with the same ELK instance (an engine laying out an edited roadmap again) or repeated
 * in one roadmap is not laid out again.
 */
export interface SideCache {
  get(key: string): readonly number[] | undefined;
  set(key: string, tops: readonly number[]): void;
}

const caches = new WeakMap<ElkEngine, SideCache>();

/** The cache that belongs to an ELK instance (and to the engine that owns it). */
export function sideCacheOf(elk: ElkEngine): SideCache {
  let cache = caches.get(elk);
  if (!cache) {
    cache = boundedCache(SIDE_CACHE_SIZE);
    caches.set(elk, cache);
  }
  return cache;
}

/** A map that keeps at most `size` entries, forgetting the least recently used. */
export function boundedCache(size: number): SideCache {
  const map = new Map<string, readonly number[]>();
  return {
    get(key) {
      const value = map.get(key);
      if (value !== undefined) {
        map.delete(key);
        map.set(key, value);
      }
      return value;
    },
    set(key, tops) {
      map.delete(key);
      map.set(key, tops);
      if (map.size > size) map.delete(map.keys().next().value as string);
    },
  };
}
