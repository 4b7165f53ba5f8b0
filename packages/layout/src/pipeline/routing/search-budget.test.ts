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

it('shares the fixed steps in full among up to 20 links, and shrinks them beyond', () => {
  const few = createSearchBudget(0, 20, 20);
  const many = createSearchBudget(0, 40, 40);
  const hundreds = createSearchBudget(300, 1_299, 1_000);
  // 50,000 fixed steps and 20 for each link.
  expect(few.grant(1_000_000)).toBe(50_400);
  // Half the fixed steps, and 20 for each of the first 20 links only.
  expect(many.grant(1_000_000)).toBe(25_400);
  // 1,000 fixed steps, and 20 for each box, tree edge and the first 20 links (619 in all).
  expect(hundreds.grant(1_000_000)).toBe(13_380);
});

it('grants last-resort steps from a fixed pool of its own, spent when granted', () => {
  const budget = createSearchBudget(0, 0);
  budget.spend(50_000);
  expect(budget.spent).toBe(true);
  // The shared pool being spent does not touch the rescue pool (1,000,000 steps).
  expect(budget.rescue(200_000)).toBe(200_000);
  expect(budget.rescue(700_000)).toBe(700_000);
  expect(budget.rescue(200_000)).toBe(100_000);
  expect(budget.rescue(200_000)).toBe(0);
});
