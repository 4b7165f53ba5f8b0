import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './expand-inputs.js';

/** A folder holding `files` (relative paths), each a small roadmap file. */
function folderWith(files: readonly string[]): string {
  const cwd = mkdtempSync(join(tmpdir(), 'roadmapkit-inputs-'));
  for (const file of files) {
    mkdirSync(join(cwd, file, '..'), { recursive: true });
    writeFileSync(join(cwd, file), 'id: a\n');
  }
  return cwd;
}

const names = async (args: string[], cwd: string) =>
  (await expandInputs(args, cwd)).map((input) => input.name);

describe('expandInputs', () => {
  it('takes a folder or file whose name looks like a pattern as written', async () => {
    const cwd = folderWith(['v[2]/roadmap.yaml', 'v2/roadmap.yaml', 'c++.roadmap.yaml', 'c.json']);
    expect(await names(['v[2]'], cwd)).toEqual(['v[2]/roadmap.yaml']);
    expect(await names(['c++.roadmap.yaml'], cwd)).toEqual(['c++.roadmap.yaml']);
  });

  it('still reads an argument that names nothing as a pattern', async () => {
    const cwd = folderWith(['v[2]/roadmap.yaml', 'v2/roadmap.yaml', 'c.json']);
    expect(await names(['v[0-9]/*.yaml'], cwd)).toEqual(['v2/roadmap.yaml']);
    expect(await names(['*.json', 'v2'], cwd)).toEqual(['c.json', 'v2/roadmap.yaml']);
    await expect(expandInputs(['*.yml'], cwd)).rejects.toThrow('no files match "*.yml"');
  });
});
