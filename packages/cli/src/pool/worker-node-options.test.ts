import { describe, expect, it } from 'vitest';
import { workerNodeOptions } from './worker-node-options.js';

describe('workerNodeOptions', () => {
  it('gives workers a larger young generation', () => {
    expect(workerNodeOptions({}, [], 1, 2)).toEqual(['--max-semi-space-size=32']);
  });

  it('keeps the size the user chose, in NODE_OPTIONS or on the command line', () => {
    expect(workerNodeOptions({ NODE_OPTIONS: '--max-semi-space-size=8' }, [], 1, 2)).toEqual([]);
    expect(workerNodeOptions({}, ['--max-semi-space-size=64'], 1, 2)).toEqual([]);
    expect(workerNodeOptions({ NODE_OPTIONS: '--max-old-space-size=512' }, [], 1, 2)).toEqual([
      '--max-semi-space-size=32',
    ]);
  });

  it('collects garbage in one thread when every core has a worker', () => {
    expect(workerNodeOptions({}, [], 2, 2)).toEqual([
      '--max-semi-space-size=32',
      '--single-threaded-gc',
    ]);
    expect(workerNodeOptions({}, [], 3, 4)).toEqual(['--max-semi-space-size=32']);
    // Unless the user chose either way.
    expect(workerNodeOptions({ NODE_OPTIONS: '--no-single-threaded-gc' }, [], 2, 2)).toEqual([
      '--max-semi-space-size=32',
    ]);
  });
});
