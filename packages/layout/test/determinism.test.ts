import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validateRoadmap } from '@roadmapkit/schema';
import { expect, it } from 'vitest';
import { generateRoadmap } from '../src/testing/index.js';
import { layout } from './layout.js';
import { example } from './parse.js';

const run = promisify(execFile);

/** Lays out the two documents in a fresh Node process, on the sources (through tsx). */
async function inFreshProcess(): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [
      '--conditions=@roadmapkit/source',
      '--import',
      'tsx',
      join(import.meta.dirname, 'print-layout.ts'),
    ],
    { cwd: join(import.meta.dirname, '..'), maxBuffer: 64 * 1024 * 1024 },
  );
  return stdout;
}

it('gives byte-identical JSON in two separate processes, and here', async () => {
  const [first, second] = await Promise.all([inFreshProcess(), inFreshProcess()]);
  expect(first.length).toBeGreaterThan(100_000);
  expect(second).toBe(first);
  const generated = validateRoadmap(generateRoadmap({ nodes: 400, seed: 42 })).value;
  if (!generated) throw new Error('the generated roadmap is not valid');
  const here = JSON.stringify([await layout(example('backend')), await layout(generated)]);
  expect(here).toBe(first);
}, 180_000);
