import { availableParallelism } from 'node:os';

/** The semi-space size of a render worker's young generation, in MB (V8's default is 16). */
export const WORKER_SEMI_SPACE_MB = 32;

/**
 * Node options of each render worker process. A render allocates many short-lived objects
 * (the SVG DOM, layout records, strings): with twice V8's default semi-space, fewer of them
 * survive into the old generation and fewer scavenges run (measured in `bench/perf.bench.mjs`:
 * the batch's time a file and its `--jobs 2` speed-up). A size the user chose (in
 * `NODE_OPTIONS` or this process's own options) is kept.
 *
 * When there are as many workers as cores, each collects its garbage in its own thread
 * (`--single-threaded-gc`): V8's helper threads would only take the core another worker is
 * drawing on, and cost more CPU time in all than one thread does.
 */
export function workerNodeOptions(
  env: Readonly<Record<string, string | undefined>>,
  execArgv: readonly string[] = process.execArgv,
  workers = 1,
  cores = availableParallelism(),
): string[] {
  const options = [...execArgv, env.NODE_OPTIONS ?? ''];
  const chosen = (flag: RegExp) => options.some((option) => flag.test(option));
  return [
    ...(chosen(/--max-semi-space-size\b/) ? [] : [`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`]),
    ...(workers >= cores && !chosen(/--(no-)?single-threaded-gc\b/)
      ? ['--single-threaded-gc']
      : []),
  ];
}
