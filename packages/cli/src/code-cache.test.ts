import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeCacheDir, loadWithCodeCache, saveCodeCaches } from './code-cache.js';

let work: string;
// V8 keeps compiled scripts in memory too, and a second compile of the same source in this
// process would use those instead of the cache on disk: off here, as in a new process.
beforeAll(() => setFlagsFromString('--no-compilation-cache'));
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'roadmapkit-code-cache-test-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A CommonJS file with a function compiled only when called, and a fresh cache folder. */
function fixture(name: string): { file: string; dir: string } {
  const file = join(work, `${name}.cjs`);
  writeFileSync(
    file,
    `const path = require('node:path');
module.exports = { name: path.basename(__filename), self: this === module.exports, twice: (n) => n * 2 };
`,
  );
  const dir = join(work, `${name}-cache`);
  mkdirSync(dir);
  return { file, dir };
}

const forget = (file: string) => {
  delete createRequire(file).cache[file];
};

describe('loadWithCodeCache', () => {
  it('loads a CommonJS file as require does, and require then returns the same exports', () => {
    const { file, dir } = fixture('plain');
    const { exports, cached } = loadWithCodeCache(file, dir);
    expect(cached).toBe(false);
    expect(exports).toMatchObject({ name: 'plain.cjs', self: true });
    expect((exports as { twice: (n: number) => number }).twice(21)).toBe(42);
    expect(createRequire(file)(file)).toBe(exports);
    forget(file);
  });

  it('writes the cache when asked, and the next load uses it', () => {
    const { file, dir } = fixture('twice');
    loadWithCodeCache(file, dir);
    expect(readdirSync(dir)).toEqual([]);
    saveCodeCaches();
    expect(readdirSync(dir)).toHaveLength(1);
    forget(file);
    const again = loadWithCodeCache(file, dir);
    expect(again.cached).toBe(true);
    expect((again.exports as { twice: (n: number) => number }).twice(4)).toBe(8);
    forget(file);
  });

  it('keeps one cache per set of V8 options, so a worker does not replace the main one', () => {
    const { file, dir } = fixture('options');
    loadWithCodeCache(file, dir);
    saveCodeCaches();
    forget(file);
    // A render worker runs with more options: V8 would reject the cache made without them.
    process.execArgv.push('--max-semi-space-size=32');
    try {
      expect(loadWithCodeCache(file, dir).cached).toBe(false);
      saveCodeCaches();
      expect(readdirSync(dir)).toHaveLength(2);
      forget(file);
    } finally {
      process.execArgv.pop();
    }
    // The first cache is still there and still used.
    expect(loadWithCodeCache(file, dir).cached).toBe(true);
    forget(file);
  });

  it('rejects a damaged cache, still loads the file, and writes a good cache again', () => {
    const { file, dir } = fixture('damaged');
    loadWithCodeCache(file, dir);
    saveCodeCaches();
    const [name] = readdirSync(dir);
    writeFileSync(join(dir, name as string), 'not a V8 code cache');
    forget(file);
    const damaged = loadWithCodeCache(file, dir);
    expect(damaged.cached).toBe(false);
    expect(damaged.exports).toMatchObject({ name: 'damaged.cjs' });
    saveCodeCaches();
    forget(file);
    expect(loadWithCodeCache(file, dir).cached).toBe(true);
    forget(file);
  });

  it('when it writes a cache, removes the caches unused for 30 days and keeps the 16 last used', () => {
    const { file, dir } = fixture('prune');
    const day = 24 * 60 * 60 * 1000;
    const now = Date.now();
    const put = (name: string, age: number) => {
      writeFileSync(join(dir, name), 'x');
      const at = new Date(now - age);
      utimesSync(join(dir, name), at, at);
    };
    const hex = (i: number) => i.toString(16).padStart(32, '0');
    // 20 caches used 1 to 20 days ago, one unused for 40 days, an abandoned and a fresh
    // temporary file, and files this module did not name.
    for (let i = 1; i <= 20; i++) put(`${hex(i)}.v8`, i * day);
    put(`${hex(99)}.v8`, 40 * day);
    put(`${hex(1)}.v8.123.tmp`, 2 * 60 * 60 * 1000);
    put(`${hex(2)}.v8.456.tmp`, 60 * 1000);
    put('notes.txt', 400 * day);
    put(`${hex(3)}.v8.bak`, 400 * day);
    loadWithCodeCache(file, dir);
    saveCodeCaches(now);
    forget(file);
    const left = readdirSync(dir);
    // The new cache and the 15 most recently used of the others.
    const caches = left.filter((name) => /^[0-9a-f]{32}\.v8$/.test(name));
    expect(caches).toHaveLength(16);
    expect(caches).toEqual(
      expect.arrayContaining(Array.from({ length: 15 }, (_, i) => `${hex(i + 1)}.v8`)),
    );
    expect(left).not.toContain(`${hex(16)}.v8`);
    expect(left).not.toContain(`${hex(99)}.v8`);
    expect(left).not.toContain(`${hex(1)}.v8.123.tmp`);
    expect(left).toEqual(
      expect.arrayContaining([`${hex(2)}.v8.456.tmp`, 'notes.txt', `${hex(3)}.v8.bak`]),
    );
  });

  it('marks a cache it uses as used now, so pruning keeps it', () => {
    const { file, dir } = fixture('used');
    loadWithCodeCache(file, dir);
    saveCodeCaches();
    forget(file);
    const [name] = readdirSync(dir);
    const path = join(dir, name as string);
    const old = new Date(Date.now() - 60 * 24 * 60 * 60 * 1000);
    utimesSync(path, old, old);
    expect(loadWithCodeCache(file, dir).cached).toBe(true);
    forget(file);
    expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(60 * 60 * 1000);
  });

  it('without a cache folder, is require', () => {
    const { file } = fixture('nocache');
    const { exports, cached } = loadWithCodeCache(file, undefined);
    expect(cached).toBe(false);
    expect(exports).toBe(createRequire(file)(file));
    forget(file);
  });
});

describe('codeCacheDir', () => {
  it('is the folder ROADMAPKIT_CODE_CACHE names, created private to the user', () => {
    const dir = join(work, 'asked');
    expect(codeCacheDir({ ROADMAPKIT_CODE_CACHE: dir })).toBe(dir);
    expect(readdirSync(work)).toContain('asked');
  });

  it('is none when ROADMAPKIT_CODE_CACHE is empty', () => {
    expect(codeCacheDir({ ROADMAPKIT_CODE_CACHE: '' })).toBeUndefined();
  });

  it.runIf(process.getuid !== undefined)(
    'is none when the folder is another user’s or others can write to it',
    () => {
      const dir = join(work, 'open');
      mkdirSync(dir);
      chmodSync(dir, 0o777);
      expect(codeCacheDir({ ROADMAPKIT_CODE_CACHE: dir })).toBeUndefined();
      chmodSync(dir, 0o700);
      expect(codeCacheDir({ ROADMAPKIT_CODE_CACHE: dir })).toBe(dir);
      const uid = process.getuid?.() ?? 0;
      expect(codeCacheDir({ ROADMAPKIT_CODE_CACHE: dir }, uid + 1)).toBeUndefined();
    },
  );
});
