import { describe, expect, it } from 'vitest';
import { runPool } from './worker-pool.js';

const workerUrl = new URL('../../test/fixtures/echo-worker.mjs', import.meta.url);
type Out = { doubled: number; threadId: number };

describe('runPool', () => {
  it('returns results in task order, using as many threads as asked', async () => {
    const results = await runPool<number, Out>([1, 2, 3, 4, 5, 6], { workerUrl, size: 2 });
    expect(results.map((r) => (r.ok ? r.value.doubled : r.error))).toEqual([2, 4, 6, 8, 10, 12]);
    const threads = new Set(results.map((r) => (r.ok ? r.value.threadId : 0)));
    expect(threads.size).toBe(2);
  });

  it('fails a bad task alone, stops a hanging one at the timeout and survives a crash', async () => {
    const done: number[] = [];
    const results = await runPool<number, Out>([1, -1, -2, -3, 5], {
      workerUrl,
      size: 2,
      // Long enough that a worker starting on a loaded 2-core machine is not taken for a hang.
      timeoutMs: 5_000,
      onDone: (index) => done.push(index),
    });
    expect(results).toMatchObject([
      { ok: true, value: { doubled: 2 } },
      { ok: false, reason: 'failed', error: 'bad input -1' },
      { ok: false, reason: 'timeout', error: 'stopped after 5000 ms (--timeout)' },
      { ok: false, reason: 'crashed' },
      { ok: true, value: { doubled: 10 } },
    ]);
    expect([...done].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('cancels what is left when the signal aborts', async () => {
    const controller = new AbortController();
    const results = await runPool<number, Out>([-2, 1, 2], {
      workerUrl,
      size: 1,
      signal: controller.signal,
      onStart: (index) => {
        if (index === 0) setTimeout(() => controller.abort(), 100);
      },
    });
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });
});
