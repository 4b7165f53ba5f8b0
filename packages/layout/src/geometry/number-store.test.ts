import { expect, it } from 'vitest';
import { DENSE_LIMIT, StoreArena } from './number-store.js';

it('starts every store at its initial value and forgets values on the next request', () => {
  const arena = new StoreArena();
  const [a, b] = arena.stores(100, [Number.POSITIVE_INFINITY, -1]);
  expect(a?.get(7)).toBe(Number.POSITIVE_INFINITY);
  a?.set(7, 3);
  b?.set(7, 4);
  expect(a?.get(7)).toBe(3);
  expect(b?.get(7)).toBe(4);
  const [again] = arena.stores(100, [0]);
  expect(again?.get(7)).toBe(0);
});

it('keeps only the values set when a store would be too large for an array', () => {
  const [store] = new StoreArena().stores(DENSE_LIMIT * 4, [-1]);
  expect(store?.get(DENSE_LIMIT * 3)).toBe(-1);
  store?.set(DENSE_LIMIT * 3, 5);
  expect(store?.get(DENSE_LIMIT * 3)).toBe(5);
});
