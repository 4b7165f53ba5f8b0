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

/** Sizes for the C library's allocator (glibc) in a render worker, in bytes. */
const MMAP_THRESHOLD = 32 * 1024 * 1024;
const TRIM_THRESHOLD = 128 * 1024 * 1024;

/**
 * Environment variables of each render worker process. A PNG drawn in bands (a tall canvas)
 * takes buffers of 4 bytes a pixel for each band (resvg's pixels, and the rows as PNG stores
 * them): with glibc's default thresholds these come fresh from the system and go back after
 * each picture, and every page faults in anew, which on a virtual machine costs as much as
 * encoding them (measured with every PNG of a 60-file batch encoded so: twice the page faults
 * of the whole batch). Served from the heap and kept there, the next band and the next PNG
 * reuse them. Other C libraries ignore the variables; a value the user set is kept.
 */
export function workerEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  // Setting either one turns off glibc's own adjusting of both: set them together.
  if (env.MALLOC_MMAP_THRESHOLD_ === undefined && env.MALLOC_TRIM_THRESHOLD_ === undefined) {
    out.MALLOC_MMAP_THRESHOLD_ = String(MMAP_THRESHOLD);
    out.MALLOC_TRIM_THRESHOLD_ = String(TRIM_THRESHOLD);
  }
  return out;
}
