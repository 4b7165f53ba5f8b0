import { expect, it } from 'vitest';
import { createSearchBudget } from './search-budget.js';

it('grants what is asked while the pool lasts, then what is left, then nothing', () => {
  const budget = createSearchBudget(0, 0);
  expect(budget.grant(1_000)).toBe(1_000);
  budget.spend(49_000);
  expect(budget.spent).toBe(false);
  expect(budget.grant(5_000)).toBe(1_000);
  budget.spend(1_000);
  expect(budget.spent).toBe(true);
  expect(budget.grant(5_000)).toBe(0);
});

it('grows with the boxes and edges of the roadmap', () => {
  const small = createSearchBudget(0, 0);
  const large = createSearchBudget(1_000, 1_000);
  small.spend(50_000);
  large.spend(50_000);
  expect(small.spent).toBe(true);
  expect(large.grant(1_000_000)).toBe(40_000);
});
