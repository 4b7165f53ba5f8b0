import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayoutInvariants, countCrossings, totalEdgeLength } from '../src/index.js';
import { formatJson } from './format-json.js';
import { layout } from './layout.js';
import { example, examplesDir } from './parse.js';

/** Every example that is a roadmap (a directory with a roadmap.yaml). */
const names = readdirSync(examplesDir)
  .filter((name) => existsSync(join(examplesDir, name, 'roadmap.yaml')))
  .sort();

describe.each(names)('the %s example', (name) => {
  it('keeps every layout invariant', async () => {
    const positioned = await layout(example(name));
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    expect(positioned.warnings).toEqual([]);
    expect(positioned.nodes.length).toBeGreaterThan(0);
  });

  it('is plain data: JSON gives it back unchanged', async () => {
    const positioned = await layout(example(name));
    expect(JSON.parse(JSON.stringify(positioned))).toEqual(positioned);
  });
});

it('has an example directory for each roadmap checked here', () => {
  expect(names).toEqual(expect.arrayContaining(['backend', 'minimal']));
});

describe('the backend example', () => {
  it('lays out portrait, at most 1,200 px wide', async () => {
    const positioned = await layout(example('backend'));
    expect(positioned.width).toBeLessThanOrEqual(1200);
    expect(positioned.height).toBeGreaterThan(3 * positioned.width);
    expect(positioned.nodes).toHaveLength(239);
    expect(positioned.edges).toHaveLength(237);
  });

  it('keeps its edges readable: few crossings, no long detours', async () => {
    const positioned = await layout(example('backend'));
    expect(countCrossings(positioned)).toBeLessThanOrEqual(20);
    expect(totalEdgeLength(positioned)).toBeLessThan(32_000);
  });

  it('matches the reviewed layout in __file_snapshots__/backend.layout.json', async () => {
    const positioned = await layout(example('backend'));
    expect(JSON.parse(formatJson(positioned))).toEqual(positioned);
    await expect(`${formatJson(positioned)}\n`).toMatchFileSnapshot(
      './__file_snapshots__/backend.layout.json',
    );
  });
});
