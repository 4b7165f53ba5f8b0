import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { spineWithoutCycles } from './spine.js';

describe('spineWithoutCycles', () => {
  it('accepts a spine that lists each topic once', () => {
    expect(
      spineWithoutCycles(
        sampleDocument((data) => {
          data.spine = ['git', 'internet'];
        }),
      ),
    ).toEqual([]);
  });

  it('reports every repeat, at the repeat', () => {
    const doc = sampleDocument((data) => {
      data.spine = ['internet', 'git', 'internet', 'git'];
    });
    expect(spineWithoutCycles(doc).map((f) => [f.code, f.path])).toEqual([
      ['spine-cycle', ['spine', 2]],
      ['spine-cycle', ['spine', 3]],
    ]);
  });
});
