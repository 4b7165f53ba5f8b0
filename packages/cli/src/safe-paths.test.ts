import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  identityOf,
  onKernelFileSystem,
  outputRefusal,
  readRegularFile,
  UnsafePathError,
} from './safe-paths.js';

const dir = () => mkdtempSync(join(tmpdir(), 'roadmapkit-paths-'));

describe('readRegularFile', () => {
  it('reads a regular file, and refuses a pipe and a device without opening them', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'a.yaml'), 'id: a\n');
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    expect((await readRegularFile(join(cwd, 'a.yaml'))).toString()).toBe('id: a\n');
    await expect(readRegularFile(join(cwd, 'pipe.yaml'))).rejects.toThrow(
      new UnsafePathError('it is a pipe (FIFO), not a regular file'),
    );
    await expect(readRegularFile('/dev/zero')).rejects.toThrow(
      'it is a device, not a regular file',
    );
    await expect(readRegularFile('/proc/self/status')).rejects.toThrow('it is a kernel file');
    await expect(readRegularFile(join(cwd, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('outputRefusal', () => {
  it('allows new and regular files and character devices; refuses pipes, /proc and inputs', async () => {
    const cwd = dir();
    writeFileSync(join(cwd, 'in.json'), '{}');
    execFileSync('mkfifo', [join(cwd, 'out.svg')]);
    const input = await identityOf(join(cwd, 'in.json'));
    expect(input).toBeDefined();
    const inputs = input === undefined ? [] : [input];
    expect(await outputRefusal(join(cwd, 'new/a.svg'), inputs)).toBeUndefined();
    expect(await outputRefusal('/dev/null', inputs)).toBeUndefined();
    expect(await outputRefusal(join(cwd, 'out.svg'), inputs)).toBe(
      'it is a pipe (FIFO), not a file',
    );
    expect(await outputRefusal(join(cwd, 'sub/../in.json'), inputs)).toBe(
      'it is an input file, and would be overwritten',
    );
    expect(await outputRefusal(join(cwd, 'in.json'))).toBeUndefined();
    expect(await outputRefusal('/sys/kernel/new.svg')).toBe(
      'it is a kernel file (/proc, /sys), not a file',
    );
    expect(await onKernelFileSystem(join(cwd, 'missing/deeper/a.svg'))).toBe(false);
  });
});
