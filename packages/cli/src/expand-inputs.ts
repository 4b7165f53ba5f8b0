import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

/** File names a directory is searched for: `roadmap.yaml` and `*.roadmap.yaml` (and .yml, .json). */
export const ROADMAP_FILE_PATTERNS = ['**/roadmap.{yaml,yml,json}', '**/*.roadmap.{yaml,yml,json}'];

export interface Input {
  /** The path as shown to the user (relative to the working folder where possible). */
  readonly name: string;
  /** The absolute path, or `-` for standard input. */
  readonly path: string;
}

/**
 * Turns the command's arguments (files, folders, globs, or `-` for standard input) into a
 * sorted, de-duplicated list of files. An argument that names an existing file or folder is
 * never read as a glob. A file named outright is kept even if missing, so
 * it is reported with the others rather than stopping the batch.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<Input[]> {
  const found = new Map<string, Input>();
  const add = (path: string) => {
    const absolute = resolve(cwd, path);
    const shown = relative(cwd, absolute);
    found.set(absolute, {
      path: absolute,
      name: shown === '' || shown.startsWith('..') || isAbsolute(shown) ? absolute : shown,
    });
  };
  for (const arg of args) {
    if (arg === '-') {
      found.set('-', { name: '<stdin>', path: '-' });
      continue;
    }
    // A path that exists is taken as written, so a folder named `v[2]` or `c++` is not a pattern.
    const info = await stat(resolve(cwd, arg)).catch(() => undefined);
    if (info === undefined && isDynamicPattern(arg)) {
      const matches = await glob(arg, {
        cwd,
        absolute: true,
        onlyFiles: true,
        // A link to a folder is never walked: a link to / must not make us read the disk.
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**'],
      });
      if (matches.length === 0) throw new UsageError(`no files match ${JSON.stringify(arg)}`);
      for (const match of matches) add(match);
      continue;
    }
    if (info?.isDirectory()) {
      const matches = await glob(ROADMAP_FILE_PATTERNS, {
        cwd: resolve(cwd, arg),
        absolute: true,
        onlyFiles: true,
        // A link to a folder is never walked: a link to / must not make us read the disk.
        followSymbolicLinks: false,
        ignore: ['**/node_modules/**'],
      });
      if (matches.length === 0) {
        throw new UsageError(
          `no roadmap files in ${JSON.stringify(arg)} (looked for roadmap.yaml and *.roadmap.yaml)`,
        );
      }
      for (const match of matches) add(match);
    } else {
      add(arg);
    }
  }
  return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
