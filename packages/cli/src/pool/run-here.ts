import type { TaskResult } from './worker-pool.js';

/** What {@link runHere} needs: the same hooks as the pool, and the task runner itself. */
export interface RunHereOptions<I, O> {
  readonly run: (input: I) => Promise<O>;
  readonly signal?: AbortSignal | undefined;
  readonly onStart?: ((index: number, input: I) => void) | undefined;
  readonly onDone?: ((index: number, input: I, result: TaskResult<O>) => void) | undefined;
}

/**
 * Runs the tasks one after another in this thread, with the pool's results and hooks: no
 * worker to start, and no second copy of the modules. Nothing here can stop a task midway,
 * so it is used only where no `--timeout` is asked for; tasks not started when the signal
 * aborts are cancelled.
 */
export async function runHere<I, O>(
  inputs: readonly I[],
  options: RunHereOptions<I, O>,
): Promise<TaskResult<O>[]> {
  const results: TaskResult<O>[] = [];
  for (const [index, input] of inputs.entries()) {
    let result: TaskResult<O>;
    if (options.signal?.aborted) {
      result = { ok: false, error: 'cancelled', reason: 'cancelled' };
    } else {
      options.onStart?.(index, input);
      try {
        result = { ok: true, value: await options.run(input) };
      } catch (error) {
        const message =
          error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
        result = { ok: false, error: message, reason: 'failed' };
      }
    }
    results.push(result);
    options.onDone?.(index, input, result);
  }
  return results;
}
