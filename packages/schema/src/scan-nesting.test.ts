import { describe, expect, it } from 'vitest';
import { deeperThan } from './scan-nesting.js';

describe('deeperThan', () => {
  it('counts flow brackets, ignoring those inside strings and comments', () => {
    expect(deeperThan('a: [[[1]]]', 3)).toBe(1);
    expect(deeperThan('a: [[[1]]]', 4)).toBeUndefined();
    expect(deeperThan('a: "[[[[[[" # [[[[[[\nb: \'{{{{\'', 2)).toBeUndefined();
  });

  it('counts block indentation levels and dash runs', () => {
    const deep = Array.from({ length: 10 }, (_, i) => `${' '.repeat(i * 2)}a:`).join('\n');
    expect(deeperThan(deep, 9)).toBe(10);
    expect(deeperThan(deep, 10)).toBeUndefined();
    expect(deeperThan('- - - - - a', 4)).toBe(1);
  });

  it('passes the examples at the real limit', () => {
    const text = 'topics:\n  - id: a\n    subtopics:\n      - { id: b, label: "x [y]" }\n';
    expect(deeperThan(text, 128)).toBeUndefined();
  });
});
