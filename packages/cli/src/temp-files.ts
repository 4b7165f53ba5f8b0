import { rmSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/**
 * The temporary file a write with this tag uses: known in advance, so it can be cleaned
 * up, and named with the process id (`a.svg.roadmapkit-4242-tag.tmp`), so a later run can
 * tell that the process which left it is gone.
 */
export function temporaryPath(target: string, tag: string): string {
  return `${target}.roadmapkit-${process.pid}-${tag}.tmp`;
}

/** A temporary file of ours: the process id that wrote it is the first group. */
const TEMPORARY_NAME = /\.roadmapkit-(\d+)-[0-9A-Za-z-]+\.tmp$/;

/** Whether a process with this id is alive (EPERM: alive, but someone else's). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files that runs which no longer exist left in a folder (killed
 * with SIGKILL, or the machine stopped). Files of live processes, and anything not named
 * like ours, are left alone. Returns the names removed.
 */
export async function removeStaleTemporaries(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMPORARY_NAME.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    const info = await lstat(join(dir, name)).catch(() => undefined);
    if (!info?.isFile()) continue;
    await rm(join(dir, name), { force: true }).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * The temporary files being written by this thread right now, removed if the process is
 * stopped by Ctrl-C, `kill` or a closed terminal. One per thread: signals are a process-wide
 * concern, so this is the one place that holds state across calls.
 */
const live = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
  stopListening();
  // Nobody else handles the signal (a render batch does, and stops its workers): end the
  // process as the signal would have, so its exit status still says how it was stopped.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function stopListening(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Marks a temporary file as being written: until the returned function is called, a
 * SIGINT, SIGTERM or SIGHUP removes it. Only the main thread receives signals; a worker's
 * files are removed by the main thread, which knows their tags.
 */
export function trackTemporary(path: string): () => void {
  if (!isMainThread) return () => undefined;
  if (live.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  live.add(path);
  return () => {
    live.delete(path);
    if (live.size === 0) stopListening();
  };
}
