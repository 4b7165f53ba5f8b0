import { constants, type Stats } from 'node:fs';
import { open, stat, statfs } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Linux file systems whose files are the kernel's, not data (magic numbers of statfs(2)):
 * proc, sysfs, debugfs, tracefs, securityfs, cgroup, cgroup2, configfs, efivarfs, bpf.
 * Their "regular" files can block, never end, or change the system when written.
 */
const KERNEL_FILE_SYSTEMS = new Set([
  0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0x62656570,
  0xde5e81e4, 0xcafe4a11,
]);

/** A path that is not a regular file where one is needed: a pipe, device, socket, folder, /proc… */
export class UnsafePathError extends Error {
  override readonly name = 'UnsafePathError';
}

/** What a non-regular file is, in words: `a pipe (FIFO)`, `a device`, … */
export function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'a regular file';
}

/** True when the path (or, if it does not exist, its nearest existing folder) is on /proc, /sys and the like. */
export async function onKernelFileSystem(path: string): Promise<boolean> {
  if (process.platform !== 'linux') return false;
  let current = path;
  for (;;) {
    const info = await statfs(current).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' || error.code === 'ENOTDIR' ? undefined : null,
    );
    if (info === null) return false;
    if (info !== undefined) return KERNEL_FILE_SYSTEMS.has(info.type);
    const parent = dirname(current);
    if (parent === current) return false;
    current = parent;
  }
}

/**
 * Why a path cannot be read as a roadmap's data, or undefined when it is a regular file
 * outside the kernel's file systems. Found with stat, before anything opens the file.
 */
export async function readRefusal(path: string): Promise<string | undefined> {
  const info = await stat(path);
  if (!info.isFile()) return `it is ${kindOf(info)}, not a regular file`;
  if (await onKernelFileSystem(path))
    return 'it is a kernel file (/proc, /sys), not a regular file';
  return undefined;
}

/**
 * Reads a regular file, never blocking on a pipe or device: refused after a stat, then
 * opened non-blocking and checked again on the open handle (the path may have been swapped
 * in between). Throws {@link UnsafePathError} for a path that is not a regular file, and
 * the file system's own error (ENOENT, EACCES…) otherwise.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const refusal = await readRefusal(path);
  if (refusal !== undefined) throw new UnsafePathError(refusal);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new UnsafePathError(`it is ${kindOf(info)}, not a regular file`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** A file's identity, the same through links and `..`: device and inode. */
export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
}

/** The identity of a file that exists, else undefined. */
export async function identityOf(path: string): Promise<FileIdentity | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info === undefined ? undefined : { dev: info.dev, ino: info.ino };
}

/**
 * Why an output path must not be written, or undefined when it may: a pipe (writing would
 * wait for a reader forever), a socket or block device, a kernel file (/proc, /sys), or one
 * of the run's own input files (given by identity, so links and `..` cannot hide it).
 * A missing path, a regular file and a character device (/dev/null) may be written.
 */
export async function outputRefusal(
  target: string,
  inputs: readonly FileIdentity[] = [],
): Promise<string | undefined> {
  const info = await stat(target).catch(() => undefined);
  if (info !== undefined) {
    if (inputs.some((input) => input.dev === info.dev && input.ino === info.ino))
      return 'it is an input file, and would be overwritten';
    if (info.isFIFO() || info.isSocket() || info.isBlockDevice())
      return `it is ${kindOf(info)}, not a file`;
  }
  if (await onKernelFileSystem(target)) return 'it is a kernel file (/proc, /sys), not a file';
  return undefined;
}
