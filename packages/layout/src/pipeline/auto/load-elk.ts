import type { ElkNode } from 'elkjs/lib/elk-api';

/** The part of an elkjs instance the layout uses. */
export interface ElkEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

type ElkConstructor = new () => ElkEngine;

/**
 * Loads elkjs (its bundled, worker-less build, 1.6 MB) when the first layout needs it and
 * creates an instance. The module system caches the import; the instance belongs to the caller.
 */
export async function loadElk(): Promise<ElkEngine> {
  return new (elkConstructor(nodeRequireElk() ?? (await import('elkjs/lib/elk.bundled.js'))))();
}

let shared: Promise<ElkEngine> | undefined;

/**
 * The process's one ELK instance, created on first use, for every engine and every
 * `layoutRoadmap` call: the sides it has placed (its side cache) are remembered across them, so a
 * batch or a watch that lays out unchanged topics again does not send them to ELK again. ELK is
 * deterministic (a fixed seed) and the cache is keyed by the whole side graph, so sharing it
 * changes no result. A failed load is forgotten, so the next layout tries again.
 */
export function sharedElk(): Promise<ElkEngine> {
  shared ??= loadElk().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * In Node, elkjs (CommonJS) through `require`: about three times faster than `import()`, which
 * scans the 1.6 MB file for ES module syntax first. Undefined in a browser (the bundler's
 * `import()` is used there).
 */
function nodeRequireElk(): unknown {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module') as
    | typeof import('node:module')
    | undefined;
  if (nodeModule === undefined) return undefined;
  return nodeModule.createRequire(import.meta.url)('elkjs/lib/elk.bundled.js');
}

/** Finds the constructor whether the bundler put it on `default`, on `default.default` or not. */
export function elkConstructor(loaded: unknown): ElkConstructor {
  let candidate = loaded;
  for (let depth = 0; depth < 3; depth++) {
    if (typeof candidate === 'function') return candidate as ElkConstructor;
    if (candidate === null || typeof candidate !== 'object' || !('default' in candidate)) break;
    candidate = candidate.default;
  }
  throw new Error('internal: elkjs/lib/elk.bundled.js did not export the ELK constructor');
}
