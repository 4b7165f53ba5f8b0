import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemporaries, temporaryPath } from './temp-files.js';

// Removal on signals is tested with real processes in test/file-system.test.ts.

const dir = () => mkdtempSync(join(tmpdir(), 'roadmapkit-temp-'));

describe('removeStaleTemporaries', () => {
  it('removes the temporary files of dead processes only, and nothing not named like ours', async () => {
    const cwd = dir();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const names = [
      `a.svg.roadmapkit-${dead}-x1.tmp`,
      `a.svg.roadmapkit-${process.pid}-x1.tmp`,
      'a.svg.roadmapkit-abc-x1.tmp',
      'notes.tmp',
    ];
    for (const name of names) writeFileSync(join(cwd, name), 'half');
    expect(await removeStaleTemporaries(cwd)).toEqual([names[0]]);
    expect(readdirSync(cwd).sort()).toEqual(names.slice(1).sort());
    expect(temporaryPath('/x/a.svg', 't1')).toBe(`/x/a.svg.roadmapkit-${process.pid}-t1.tmp`);
  });
});
