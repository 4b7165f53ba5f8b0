import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type Issue, parseRoadmap, validateRoadmap } from '../src/index.js';

/** Every result is either a document or at least one error, and every issue is placed. */
function expectWellFormed(result: { value: unknown; issues: readonly Issue[] }): void {
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  expect(result.value === undefined).toBe(errors.length > 0);
  for (const issue of result.issues) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message).not.toBe('');
    expect(issue.hint).not.toBe('');
  }
}

describe('user input never makes the library throw', () => {
  it('arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        expectWellFormed(parseRoadmap(text));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('arbitrary JSON values as data and as YAML text', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectWellFormed(validateRoadmap(value));
        expectWellFormed(parseRoadmap(stringify(value)));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('documents with arbitrary values under the known keys', () => {
    const anything = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.record({
          schemaVersion: fc.oneof(fc.constant(1), anything),
          id: anything,
          title: anything,
          topics: anything,
          legend: anything,
          edges: anything,
          elements: anything,
          spine: anything,
        }),
        (data) => expectWellFormed(validateRoadmap(data)),
      ),
      { numRuns: 300, seed: 13 },
    );
  });
});
