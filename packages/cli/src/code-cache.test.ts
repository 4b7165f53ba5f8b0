import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
