import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runPool, startWorkers } from './worker-pool.js';

const workerUrl = new URL('../../test/fixtures/echo-worker.mjs', import.meta.url);
type Out = { doubled: number; pid: number; execArgv: string[] };

describe('runPool', () => {
  it('returns results in task order, using as many processes as asked', async () => {
    const results = await runPool<number, Out>([1, 2, 3, 4, 5, 6], { workerUrl, size: 2 });
    expect(results.map((r) => (r.ok ? r.value.doubled : r.error))).toEqual([2, 4, 6, 8, 10, 12]);
    const processes = new Set(results.map((r) => (r.ok ? r.value.pid : 0)));
    expect(processes.size).toBe(2);
    expect(processes.has(process.pid)).toBe(false);
  });

  it('takes workers forked ahead of the tasks, and ends those it does not need', async () => {
    const workers = startWorkers({ workerUrl }, 3);
    const pids = workers.map((worker) => worker.process.pid);
    const results = await runPool<number, Out>([1, 2], { workerUrl, size: 2, started: workers });
    expect(results.map((r) => (r.ok ? r.value.doubled : r.error))).toEqual([2, 4]);
    // Both tasks ran in the workers forked ahead, none in a new one.
    for (const result of results) expect(pids).toContain(result.ok ? result.value.pid : 0);
    const ended = (worker: (typeof workers)[number]) =>
      worker.process.exitCode !== null || worker.process.signalCode !== null
        ? Promise.resolve()
        : new Promise((done) => worker.process.once('exit', done));
    await Promise.all(workers.map(ended));
    expect(workers.every((worker) => worker.process.connected === false)).toBe(true);
  });

  it('replaces a worker forked ahead that died before its first task', async () => {
    const [dead] = startWorkers({ workerUrl }, 1);
    if (!dead) throw new Error('no worker');
    await new Promise((done) => {
      dead.process.once('exit', done);
      dead.process.kill('SIGKILL');
    });
    const results = await runPool<number, Out>([21], { workerUrl, size: 1, started: [dead] });
    expect(results).toMatchObject([{ ok: true, value: { doubled: 42 } }]);
    expect(results[0]?.ok && results[0].value.pid).not.toBe(dead.process.pid);
  });

  it('starts each worker with the Node options asked for', async () => {
    const results = await runPool<number, Out>([1], {
      workerUrl,
      size: 1,
      nodeOptions: ['--max-semi-space-size=32'],
    });
    expect(results[0]?.ok && results[0].value.execArgv).toEqual([
      ...process.execArgv,
      '--max-semi-space-size=32',
    ]);
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

  it('kills a worker blocked in native code at the timeout, and goes on', async () => {
    const pidFile = join(tmpdir(), `roadmapkit-echo-${process.pid}.pid`);
    rmSync(pidFile, { force: true });
    const results = await runPool<number, Out>([-4, 3], { workerUrl, size: 1, timeoutMs: 3_000 });
    expect(results).toMatchObject([
      { ok: false, reason: 'timeout', error: 'stopped after 3000 ms (--timeout)' },
      { ok: true, value: { doubled: 6 } },
    ]);
    // The blocked worker (it would wait ten minutes) is gone, not left running.
    const pid = Number(readFileSync(pidFile, 'utf8'));
    rmSync(pidFile, { force: true });
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(); i++) await sleep(50);
    expect(alive()).toBe(false);
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
