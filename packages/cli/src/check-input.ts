import { lstat, realpath, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { type Issue, LIMITS } from '@roadmapkit/schema';

/** An issue about a whole file (it has no line of its own: it points at the start). */
export function fileIssue(file: string, code: Issue['code'], message: string, hint: string): Issue {
  return {
    code,
    severity: 'error',
    message,
    hint,
    path: [],
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

/**
 * What stops a file from being read, as an issue of that file: it is missing, a folder, not
 * a regular file, larger than the limit (found from its size, without reading it), or a link
 * that leads outside the working folder. Undefined when the file can be read.
 */
export async function checkInput(
  path: string,
  name: string,
  cwd: string,
): Promise<Issue | undefined> {
  if (path === '-') return undefined;
  const problem = (code: Issue['code'], message: string, hint: string) =>
    fileIssue(name, code, message, hint);
  const link = await lstat(path).catch(() => undefined);
  if (link === undefined)
    return problem(
      'unreadable-file',
      'expected a file, received a path that does not exist',
      'check the path',
    );
  // A link anywhere on the path (the file, or a folder above it) must stay inside the
  // working folder; a path without links may lead anywhere the user named.
  const [target, root, folder] = await Promise.all([
    realpath(path).catch(() => undefined),
    realpath(cwd),
    realpath(dirname(path)).catch(() => undefined),
  ]);
  if (link.isSymbolicLink() || (folder !== undefined && folder !== resolve(dirname(path)))) {
    if (target === undefined)
      return problem(
        'unreadable-file',
        'expected a file, received a link that leads nowhere',
        'fix or remove the link',
      );
    const inside = relative(root, target);
    if (inside.startsWith('..') || inside === target) {
      return problem(
        'unreadable-file',
        'expected a file inside the working folder, received a link (or a file in a linked folder) that leads outside it',
        'copy the file into the repository instead of linking to it',
      );
    }
  }
  const info = await stat(path).catch(() => undefined);
  if (info === undefined)
    return problem(
      'unreadable-file',
      'expected a file, received a path that cannot be read',
      'check the path',
    );
  if (info.isDirectory())
    return problem(
      'unreadable-file',
      'expected a file, received a folder',
      'name the files, or the folder without this one',
    );
  if (!info.isFile())
    return problem(
      'unreadable-file',
      'expected a regular file, received a device, socket or pipe',
      'name a roadmap file',
    );
  if (info.size > LIMITS.maxFileBytes) {
    return problem(
      'file-too-large',
      `expected a file of at most ${LIMITS.maxFileBytes / 1024 / 1024} MB, received ${(info.size / 1024 / 1024).toFixed(1)} MB`,
      'split the roadmap into several files, or move long texts out of it',
    );
  }
  return undefined;
}
