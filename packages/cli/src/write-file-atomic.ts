import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { kindOf, outputRefusal } from './safe-paths.js';
import { removeStaleTemporaries, temporaryPath, trackTemporary } from './temp-files.js';

export { temporaryPath } from './temp-files.js';

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'the path is a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  ENXIO: 'it is a pipe (FIFO) or device with no reader',
  EAGAIN: 'the device is busy',
};

/** A write that failed, said in one line: what could not be written and why. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as NodeJS.ErrnoException).code ?? '';
    super(`cannot write ${path}: ${REASONS[code] ?? (cause as Error).message}`);
  }
}

/** Folders whose stale temporary files this thread has already removed (once each is enough). */
const swept = new Set<string>();

/** Writes to a character device (/dev/null, /dev/full) in place, never waiting on it. */
async function writeDevice(target: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(target, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = await handle.stat();
    // The path may have become a pipe since it was checked.
    if (!info.isCharacterDevice()) throw new Error(`it is ${kindOf(info)}, not a file`);
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it:
 * the bytes go to a temporary file beside it (named with this process's id, removed if the
 * process is stopped by a signal, and by a later run if it was killed outright), which is
 * then renamed over the target. A character device (/dev/null) is written directly, never
 * replaced; a pipe, socket, kernel file (/proc, /sys) or folder is refused without being
 * opened, so a write can never hang.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  cwd: string,
  tag: string = randomBytes(6).toString('hex'),
): Promise<void> {
  const target = resolve(cwd, path);
  const refusal = await outputRefusal(target);
  if (refusal !== undefined) throw new WriteError(target, new Error(refusal));
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) {
    if (existing.isDirectory())
      throw new WriteError(target, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    await writeDevice(target, data).catch((cause: unknown) => {
      throw new WriteError(target, cause);
    });
    return;
  }
  const temporary = temporaryPath(target, tag);
  const untrack = trackTemporary(temporary);
  try {
    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    if (!swept.has(folder)) {
      swept.add(folder);
      await removeStaleTemporaries(folder);
    }
    await writeFile(temporary, data, { flag: 'wx' });
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new WriteError(target, cause);
  } finally {
    untrack();
  }
}
