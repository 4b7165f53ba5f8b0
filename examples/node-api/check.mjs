// Runs render.mjs on the minimal example and checks what it wrote (part of `pnpm test`).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'roadmapkit-node-api-'));
const printed = execFileSync(process.execPath, ['render.mjs', '../minimal/roadmap.yaml', out], {
  cwd: import.meta.dirname,
  encoding: 'utf8',
});
assert.match(printed, /^Learn to Cook: \d+ boxes on \d+×\d+ px, written to /);
assert.ok(readFileSync(join(out, 'minimal.svg'), 'utf8').startsWith('<svg'));
assert.equal(readFileSync(join(out, 'minimal.png')).subarray(0, 4).toString('hex'), '89504e47');
assert.ok(readFileSync(join(out, 'minimal.md'), 'utf8').startsWith('# Learn to Cook\n'));
process.stdout.write('node-api example: 1 passed, 0 failed\n');
