import { availableParallelism, totalmem } from 'node:os';

/** Memory one render worker may need at the documented limits (one render stays under 1 GB). */
export const WORKER_MEMORY_BYTES = 1024 * 1024 * 1024;

export interface JobsCap {
  readonly jobs: number;
  /** Set when more workers were asked for than the machine can run well. */
  readonly warning?: string;
}

/**
 * How many render workers to start: what was asked for (default: one per core), capped at
 * the number of cores and at the memory for one worker each (at least one).
 */
export function capJobs(
  requested: number | undefined,
  machine: { cores: number; memoryBytes: number } = {
    cores: availableParallelism(),
    memoryBytes: totalmem(),
  },
): JobsCap {
  const byMemory = Math.floor(machine.memoryBytes / WORKER_MEMORY_BYTES);
  const cap = Math.max(1, Math.min(machine.cores, byMemory));
  if (requested === undefined) return { jobs: cap };
  if (requested <= cap) return { jobs: requested };
  const gb = (machine.memoryBytes / 1024 ** 3).toFixed(1);
  return {
    jobs: cap,
    warning: `--jobs ${requested} is more than this machine runs well (${machine.cores} cores, ${gb} GB memory at 1 GB per worker); using ${cap}`,
  };
}
