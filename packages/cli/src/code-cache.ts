import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
export function saveCodeCaches(): void {
  for (const [path, script] of pending) {
    try {
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, path);
    } catch {
      // A cache that cannot be written only costs the next process the compile.
    }
  }
  pending.clear();
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
  if (!cached) {
    if (pending.size === 0) process.once('exit', saveCodeCaches);
    pending.set(path, script);
  }
  return { exports: module.exports, cached };
}
