import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** The temporary file a write with this tag uses: known in advance, so it can be cleaned up. */
export function temporaryPath(target: string, tag: string): string {
  return `${target}.${tag}.tmp`;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'the path is a folder',
  EEXIST: 'a part of the path is a file, not a folder',
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

/**
 * Writes a file so that readers see the old file or the whole new one, never half of it:
 * the bytes go to a temporary file beside it, which is then renamed over the target. A
 * target that exists and is not a regular file (a device such as /dev/stdout) is written
 * directly, never replaced.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  cwd: string,
  tag: string = randomBytes(6).toString('hex'),
): Promise<void> {
  const target = resolve(cwd, path);
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) {
    if (existing.isDirectory())
      throw new WriteError(target, Object.assign(new Error('is a folder'), { code: 'EISDIR' }));
    await writeFile(target, data).catch((cause: unknown) => {
      throw new WriteError(target, cause);
    });
    return;
  }
  const temporary = temporaryPath(target, tag);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new WriteError(target, cause);
  }
}
