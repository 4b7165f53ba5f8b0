import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('fails a test that writes to the console, and only that test', () => {
  const root = join(import.meta.dirname, 'fixtures/console');
  const vitest = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');
  const run = spawnSync(process.execPath, [vitest, 'run', '--root', root], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', CI: '1' },
    // A whole vitest run in a child process: generous, for a busy machine.
    timeout: 240_000,
  });
  const output = `${run.stdout}${run.stderr}`;
  expect(run.status).toBe(1);
  expect(output).toContain('The test wrote to the console:');
  expect(output).toContain('console.log(hello from a test)');
  expect(output).toMatch(/1 failed \| 1 passed/);
}, 300_000);
