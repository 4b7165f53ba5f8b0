import { describe, expect, it } from 'vitest';
import { workerNodeOptions } from './worker-node-options.js';

describe('workerNodeOptions', () => {
  it('gives workers a larger young generation', () => {
    expect(workerNodeOptions({}, [])).toEqual(['--max-semi-space-size=32']);
  });

  it('keeps the size the user chose, in NODE_OPTIONS or on the command line', () => {
    expect(workerNodeOptions({ NODE_OPTIONS: '--max-semi-space-size=8' }, [])).toEqual([]);
    expect(workerNodeOptions({}, ['--max-semi-space-size=64'])).toEqual([]);
    expect(workerNodeOptions({ NODE_OPTIONS: '--max-old-space-size=512' }, [])).toEqual([
      '--max-semi-space-size=32',
    ]);
  });
});
