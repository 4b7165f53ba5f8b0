/** Stops a layout between stages when its signal aborts or its time runs out. */
export interface Deadline {
  /** Throws `signal.reason`, or a `TimeoutError`, naming the stage that just ended. */
  check(stage: string): void;
}

/**
 * A deadline for one layout. `now` returns milliseconds (default `performance.now`). The
 * checks are cooperative: work inside a stage (such as the ELK call) is never interrupted.
 */
export function createDeadline(
  signal: AbortSignal | undefined,
  timeoutMs: number | undefined,
  now: () => number = () => performance.now(),
): Deadline {
  const start = now();
  signal?.throwIfAborted();
  return {
    check(stage) {
      signal?.throwIfAborted();
      if (timeoutMs === undefined) return;
      const elapsed = now() - start;
      if (elapsed > timeoutMs) {
        throw new DOMException(
          `layout ran ${Math.round(elapsed)} ms, past timeoutMs ${timeoutMs}; stopped after the ${stage} stage`,
          'TimeoutError',
        );
      }
    },
  };
}
