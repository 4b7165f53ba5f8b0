import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../errors.js';
import { expandInputs } from '../expand-inputs.js';
import { readRegularFile, UnsafePathError } from '../safe-paths.js';

const run = promisify(execFile);

/** One roadmap in its two versions; a side is undefined when the file is new or deleted. */
export interface VersionPair {
  /** The name shown (the head's path, or the base's for a deleted file). */
  readonly name: string;
  readonly base: { readonly name: string; readonly bytes: Uint8Array } | undefined;
  readonly head: { readonly name: string; readonly bytes: Uint8Array } | undefined;
}

/** `roadmap.yaml` and `*.roadmap.yaml` (also .yml and .json), as folders are searched. */
const ROADMAP_NAME = /(^|[/.])roadmap\.(ya?ml|json)$/;

const toSlash = (path: string) => path.split(sep).join('/');

/** Files under a folder, by their path relative to it. */
async function filesUnder(dir: string, cwd: string): Promise<Map<string, string>> {
  const root = resolve(cwd, dir);
  const inputs = await expandInputs([dir], cwd);
  return new Map(inputs.map((input) => [toSlash(relative(root, input.path)), input.path]));
}

/** A file's bytes; a pipe or device in place of a roadmap is a usage error, never a hang. */
async function read(path: string) {
  try {
    return new Uint8Array(await readRegularFile(path));
  } catch (cause) {
    if (cause instanceof UnsafePathError)
      throw new UsageError(`cannot read ${path}: ${cause.message}`);
    throw cause;
  }
}

/**
 * BASE and HEAD as pairs of versions: two files are one pair; two folders are paired by
 * the path of each roadmap file inside them (a file in one only is added or removed).
 */
export async function loadPathPairs(
  base: string,
  head: string,
  cwd: string,
): Promise<VersionPair[]> {
  const kind = async (path: string) => {
    const info = await stat(resolve(cwd, path)).catch(() => undefined);
    if (!info) throw new UsageError(`cannot compare ${JSON.stringify(path)}: it does not exist`);
    return info.isDirectory() ? 'dir' : 'file';
  };
  const [baseKind, headKind] = await Promise.all([kind(base), kind(head)]);
  if (baseKind !== headKind)
    throw new UsageError('diff compares two files or two folders, received a file and a folder');
  if (baseKind === 'file') {
    return [
      {
        name: head,
        base: { name: base, bytes: await read(resolve(cwd, base)) },
        head: { name: head, bytes: await read(resolve(cwd, head)) },
      },
    ];
  }
  const [before, after] = await Promise.all([filesUnder(base, cwd), filesUnder(head, cwd)]);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return Promise.all(
    names.map(async (name) => {
      const a = before.get(name);
      const b = after.get(name);
      return {
        name,
        base:
          a === undefined ? undefined : { name: `${toSlash(base)}/${name}`, bytes: await read(a) },
        head:
          b === undefined ? undefined : { name: `${toSlash(head)}/${name}`, bytes: await read(b) },
      };
    }),
  );
}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (cause) {
    const message = String((cause as { stderr?: string }).stderr ?? (cause as Error).message)
      .trim()
      .split('\n')[0];
    throw new UsageError(`git ${args[0]} failed: ${message}`);
  }
}

/**
 * The roadmap files under `paths` in the working tree, each paired with its version at the
 * git revision `ref` (found with `git ls-tree` and read with `git show`).
 */
export async function loadGitPairs(
  ref: string,
  paths: readonly string[],
  cwd: string,
): Promise<VersionPair[]> {
  if (ref.startsWith('-'))
    throw new UsageError(`--git needs a revision, received ${JSON.stringify(ref)}`);
  const root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch(() => {
    throw new UsageError(`--git ${ref}: no such revision in this repository`);
  });
  const targets = paths.length === 0 ? ['.'] : paths;
  const fromRoot = (path: string) => toSlash(relative(root, resolve(cwd, path)));
  const listed = await git(
    ['ls-tree', '-r', '--name-only', '-z', ref, '--', ...targets.map((p) => fromRoot(p) || '.')],
    root,
  );
  const baseFiles = listed.split('\0').filter((name) => ROADMAP_NAME.test(name));
  const headFiles = new Map<string, string>();
  for (const target of targets) {
    const info = await stat(resolve(cwd, target)).catch(() => undefined);
    if (!info) continue;
    const inputs = info.isDirectory()
      ? await expandInputs([target], cwd).catch(() => [])
      : [{ name: target, path: resolve(cwd, target) }];
    for (const input of inputs) headFiles.set(fromRoot(input.path), input.path);
  }
  const names = [...new Set([...baseFiles, ...headFiles.keys()])].sort();
  const shown = (name: string) => toSlash(relative(cwd, resolve(root, name))) || name;
  return Promise.all(
    names.map(async (name) => {
      const path = headFiles.get(name);
      const inBase = baseFiles.includes(name);
      return {
        name: shown(name),
        base: inBase
          ? {
              name: `${ref}:${name}`,
              bytes: new TextEncoder().encode(await git(['show', `${ref}:${name}`], root)),
            }
          : undefined,
        head: path === undefined ? undefined : { name: shown(name), bytes: await read(path) },
      };
    }),
  );
}
