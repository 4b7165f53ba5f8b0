import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a pool worker posts back for one task. */
export type WorkerReply<O> =
  | { readonly id: number; readonly ok: true; readonly value: O }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** The outcome of one task. */
export type TaskResult<O> =
  | { readonly ok: true; readonly value: O }
  | {
      readonly ok: false;
      readonly error: string;
      readonly reason: 'failed' | 'timeout' | 'crashed' | 'cancelled';
    };

export interface PoolOptions<I, O> {
  /**
   * The worker script, run as a child process: it receives `{ id, input }` messages and sends
   * a {@link WorkerReply} (`process.send`). A process, not a thread, so that a task stuck in
   * native code (resvg drawing a PNG) is still stopped at once by its timeout.
   */
  readonly workerUrl: URL;
  /** Command-line arguments of each worker process. */
  readonly workerArgs?: readonly string[] | undefined;
  /** Node options of each worker process, after this process's own (`process.execArgv`). */
  readonly nodeOptions?: readonly string[] | undefined;
  /** Variables added to each worker process's environment (this process's own, inherited). */
  readonly env?: Readonly<Record<string, string>> | undefined;
  /** How many workers run at once (at least 1, at most the number of tasks). */
  readonly size: number;
  /** A task running longer than this is stopped (its worker is killed and replaced). */
  readonly timeoutMs?: number | undefined;
  /** Stops the pool: running workers are terminated, tasks not yet done are cancelled. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Wait for each worker's `{ ready: true }` message before giving it work, so a task's
   * timeout does not include the worker's start-up (loading its modules).
   */
  readonly waitForReady?: boolean | undefined;
  /**
   * Workers forked earlier ({@link startWorkers}) with these same options: taken first, before
   * any new one is forked. The pool ends them all, used or not.
   */
  readonly started?: readonly StartedWorker[] | undefined;
  readonly onStart?: ((index: number, input: I) => void) | undefined;
  readonly onDone?: ((index: number, input: I, result: TaskResult<O>) => void) | undefined;
}

/** A worker process, forked ahead of its tasks; `ready` settles at its `{ ready: true }`. */
export interface StartedWorker {
  readonly process: ChildProcess;
  readonly ready: Promise<void>;
}

/** What forking a worker needs: a subset of {@link PoolOptions}. */
export type WorkerStartOptions = Pick<
  PoolOptions<unknown, unknown>,
  'workerUrl' | 'workerArgs' | 'nodeOptions' | 'env'
>;

/**
 * Forks one worker now. Its `{ ready: true }` message is caught from the start, so a worker
 * forked while the main process is still reading and checking its inputs (see
 * {@link startWorkers}) can load its modules meanwhile and be taken by {@link runPool} later.
 */
export function forkWorker(options: WorkerStartOptions): StartedWorker {
  const worker = fork(fileURLToPath(options.workerUrl), [...(options.workerArgs ?? [])], {
    execArgv: [...process.execArgv, ...(options.nodeOptions ?? [])],
    ...(options.env === undefined ? {} : { env: { ...process.env, ...options.env } }),
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = new Promise<void>((resolve) => {
    const onReady = (message: unknown) => {
      if (typeof message !== 'object' || message === null || !('ready' in message)) return;
      worker.off('message', onReady);
      resolve();
    };
    worker.on('message', onReady);
    // A worker that dies before it is ready is handled by the pool (its `exit` event).
    worker.once('exit', () => resolve());
  });
  return { process: worker, ready };
}

/**
 * Forks `count` workers now, before their tasks are known: the pool that takes them
 * ({@link PoolOptions.started}) need not wait for their start-up. Workers it does not take are
 * ended by {@link stopWorkers}.
 */
export function startWorkers(options: WorkerStartOptions, count: number): StartedWorker[] {
  return Array.from({ length: count }, () => forkWorker(options));
}

/** Ends workers that were started but not used (a usage error, or fewer tasks than workers). */
export function stopWorkers(workers: readonly StartedWorker[]): void {
  for (const { process: worker } of workers) {
    // A worker the pool let go is no longer connected: it is ending by itself.
    if (worker.connected) worker.kill('SIGKILL');
  }
}

/**
 * Runs every task on a pool of worker processes and returns the results in task order. A
 * task that throws, crashes its worker or runs past the timeout fails alone: its worker is
 * replaced and the other tasks go on.
 */
export function runPool<I, O>(
  inputs: readonly I[],
  options: PoolOptions<I, O>,
): Promise<TaskResult<O>[]> {
  const results: TaskResult<O>[] = new Array(inputs.length);
  const size = Math.max(1, Math.min(options.size, inputs.length));
  let next = 0;
  let finished = 0;
  const live = new Set<ChildProcess>();
  const spare = [...(options.started ?? [])];

  return new Promise((resolve) => {
    if (inputs.length === 0) {
      stopWorkers(spare);
      resolve(results);
      return;
    }
    const settle = (index: number, result: TaskResult<O>) => {
      if (results[index] !== undefined) return;
      results[index] = result;
      finished++;
      options.onDone?.(index, inputs[index] as I, result);
      if (finished === inputs.length) {
        options.signal?.removeEventListener('abort', abort);
        resolve(results);
      }
    };

    const abort = () => {
      // Give the workers a moment to stop (a write they started may still land), then settle.
      const stopped = [...live].map(
        (worker) =>
          new Promise((done) => {
            worker.once('exit', done);
            worker.kill('SIGKILL');
          }),
      );
      live.clear();
      const grace = new Promise((done) => setTimeout(done, 1000).unref());
      void Promise.race([Promise.allSettled(stopped), grace]).then(() => {
        for (let i = 0; i < inputs.length; i++) {
          settle(i, { ok: false, error: 'cancelled', reason: 'cancelled' });
        }
      });
    };
    options.signal?.addEventListener('abort', abort, { once: true });

    const startWorker = () => {
      if (options.signal?.aborted) return;
      const started = spare.shift() ?? forkWorker(options);
      const worker = started.process;
      // A worker forked early may have died already: its exit was before our listeners.
      if (worker.exitCode !== null || worker.signalCode !== null) {
        startWorker();
        return;
      }
      live.add(worker);
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;

      const retire = () => {
        if (timer) clearTimeout(timer);
        live.delete(worker);
        worker.kill('SIGKILL');
      };
      const runNext = () => {
        if (timer) clearTimeout(timer);
        if (next >= inputs.length || options.signal?.aborted) {
          current = undefined;
          // No task left: the worker is let go (it ends when its channel closes, writing
          // what it keeps for the next run), not killed.
          live.delete(worker);
          if (worker.connected) worker.disconnect();
          return;
        }
        const index = next++;
        current = index;
        options.onStart?.(index, inputs[index] as I);
        if (options.timeoutMs !== undefined) {
          timer = setTimeout(() => {
            retire();
            settle(index, {
              ok: false,
              error: `stopped after ${options.timeoutMs} ms (--timeout)`,
              reason: 'timeout',
            });
            startWorker();
          }, options.timeoutMs);
        }
        worker.send({ id: index, input: inputs[index] });
      };

      worker.on('message', (reply: WorkerReply<O> | { ready: true }) => {
        if ('ready' in reply) return;
        if (reply.id !== current) return;
        settle(
          reply.id,
          reply.ok
            ? { ok: true, value: reply.value }
            : { ok: false, error: reply.error, reason: 'failed' },
        );
        runNext();
      });
      worker.on('error', (error) => {
        const index = current;
        retire();
        if (index !== undefined)
          settle(index, { ok: false, error: error.message, reason: 'crashed' });
        startWorker();
      });
      worker.on('exit', () => {
        if (!live.has(worker)) return;
        const index = current;
        live.delete(worker);
        if (index !== undefined)
          settle(index, { ok: false, error: 'the worker stopped unexpectedly', reason: 'crashed' });
        startWorker();
      });
      if (!options.waitForReady) runNext();
      else
        void started.ready.then(() => {
          if (current === undefined && live.has(worker)) runNext();
        });
    };

    for (let i = 0; i < size; i++) startWorker();
    stopWorkers(spare.splice(0));
  });
}
