import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { expect } from 'vitest';

/** Differing pixels between two PNGs of the same size (small anti-aliasing differences ignored). */
export function differingPixels(a: Uint8Array, b: Uint8Array): { count: number; total: number } {
  const one = PNG.sync.read(Buffer.from(a));
  const two = PNG.sync.read(Buffer.from(b));
  expect([two.width, two.height]).toEqual([one.width, one.height]);
  const count = pixelmatch(one.data, two.data, undefined, one.width, one.height, {
    threshold: 0.1,
  });
  return { count, total: one.width * one.height };
}
