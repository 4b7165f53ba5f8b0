import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { version } from './index.js';

it('exports the version written in package.json', () => {
  const manifest = JSON.parse(
    readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'),
  ) as { version: string };
  expect(version).toBe(manifest.version);
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
});
