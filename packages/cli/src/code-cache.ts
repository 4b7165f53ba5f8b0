import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * The folder of the compiled-code caches: `ROADMAPKIT_CODE_CACHE` when set (empty: no cache),
 * else a folder of this user's own in the temporary folder. Undefined when there is none to
 * trust: a folder someone else owns or can write to could hold code this process would run.
 */
export function codeCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  uid: number | undefined = process.getuid?.(),
): string | undefined {
  const asked = env.ROADMAPKIT_CODE_CACHE;
  if (asked === '') return undefined;
  const dir = asked ?? join(tmpdir(), `roadmapkit-code-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * The cache file of `file` as this Node, with this process's V8 options, and this version of
 * the file would use it. V8 rejects a cache made under other options (a render worker's
 * `--max-semi-space-size` is one): each set of options has its own file, so the main process
 * and the workers do not overwrite each other's.
 */
function cachePath(dir: string, file: string): string {
  const { size, mtimeMs } = statSync(file);
  const options = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  const key = [process.version, process.arch, options, file, size, mtimeMs].join('\n');
  return join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.v8`);
}

/** Caches to write when the process exits: each file's script, once it has run. */
const pending = new Map<string, Script>();

/** Writes the caches of the files loaded without a usable one (at exit, see below). */
export function saveCodeCaches(now: number = Date.now()): void {
  const dirs = new Set<string>();
  for (const [path, script] of pending) {
    try {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, path);
      dirs.add(dirname(path));
    } catch {
      // A cache that cannot be written only costs the next process the compile.
    }
  }
  pending.clear();
  for (const dir of dirs) pruneCodeCaches(dir, now);
}

/** A cache not used for this long is removed (a Node or package version since replaced). */
const UNUSED_MS = 30 * 24 * 60 * 60 * 1000;
/** At most this many caches are kept, the most recently used (one per install and option set). */
const KEEP = 16;
/** A temporary file this old was left by a process that died while writing it. */
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * Removes the caches of `dir` that no process used for 30 days, and all but the 16 most
 * recently used: every Node version, package version and install path writes a cache of its
 * own, and without this the folder only grows (a use refreshes a cache's time). Only files
 * named as this module names them are touched.
 */
function pruneCodeCaches(dir: string, now: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const caches: { path: string; used: number }[] = [];
  for (const name of names) {
    const cache = /^[0-9a-f]{32}\.v8$/.test(name);
    if (!cache && !/^[0-9a-f]{32}\.v8\.\d+\.tmp$/.test(name)) continue;
    const path = join(dir, name);
    try {
      const used = lstatSync(path).mtimeMs;
      if (cache) caches.push({ path, used });
      else if (now - used > ABANDONED_MS) unlinkSync(path);
    } catch {
      // gone already (another process pruned it)
    }
  }
  caches.sort((a, b) => b.used - a.used);
  caches.forEach(({ path, used }, rank) => {
    if (rank < KEEP && now - used <= UNUSED_MS) return;
    try {
      unlinkSync(path);
    } catch {
      // gone already
    }
  });
}

/**
 * Loads the CommonJS file `file` into the module cache, as `require` would, with V8's code
 * cache kept in `dir`: the next processes skip parsing and compiling it. The cache is written
 * when the process exits, so it holds the functions this run compiled (elkjs compiles most
 * of its 1.6 MB lazily, while laying out), not only the top level; V8 checks a cache against
 * its own version and flags and the source's length, and rejects one that does not fit
 * (then it is written anew). A later `require(file)` returns these exports. `cached`: a
 * cache was read and accepted.
 */
export function loadWithCodeCache(
  file: string,
  dir: string | undefined,
): { exports: unknown; cached: boolean } {
  const require = createRequire(file);
  const loaded = require.cache[file];
  if (loaded) return { exports: loaded.exports, cached: false };
  let path: string | undefined;
  let cachedData: Buffer | undefined;
  try {
    if (dir !== undefined) path = cachePath(dir, file);
  } catch {
    path = undefined;
  }
  if (path === undefined) return { exports: require(file), cached: false };
  try {
    cachedData = readFileSync(path);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8');
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, ...(cachedData ? { cachedData } : {}) },
  );
  const module = {
    id: file,
    filename: file,
    path: dirname(file),
    exports: {} as unknown,
    loaded: false,
    children: [],
    paths: require.resolve.paths('x') ?? [],
  } as unknown as NodeJS.Module;
  require.cache[file] = module;
  try {
    const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
    wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
  } catch (error) {
    delete require.cache[file];
    throw error;
  }
  module.loaded = true;
  const cached = cachedData !== undefined && script.cachedDataRejected !== true;
  if (cached) {
    try {
      // Its time says when it was last used: pruning keeps the caches in use.
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // a cache whose time cannot be set may only be pruned sooner
    }
  } else {
    if (pending.size === 0) process.once('exit', () => saveCodeCaches());
    pending.set(path, script);
  }
  return { exports: module.exports, cached };
}
