import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

const dir = () => mkdtempSync(join(tmpdir(), 'roadmapkit-write-'));

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const cwd = dir();
    await writeFileAtomic('sub/a.txt', 'hello', cwd, 'tag1');
    expect(readFileSync(join(cwd, 'sub/a.txt'), 'utf8')).toBe('hello');
    expect(readdirSync(join(cwd, 'sub'))).toEqual(['a.txt']);
  });

  it('says in one line why a write failed: a file in the way of a folder', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'blocker'), 'x');
    await expect(writeFileAtomic('blocker/a.svg', 'x', cwd)).rejects.toThrow(
      `cannot write ${join(cwd, 'blocker/a.svg')}: a part of the path is a file, not a folder`,
    );
  });

  it('writes a device directly: /dev/full reports a full disk, and the device is not replaced', async () => {
    await expect(writeFileAtomic('/dev/full', 'x', '/')).rejects.toThrow(
      'cannot write /dev/full: no space left on the device',
    );
    expect(existsSync('/dev/full')).toBe(true);
    expect(readdirSync('/dev').filter((name) => name.startsWith('full.'))).toEqual([]);
  });
});
