import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../src/index.js';

const head = 'schemaVersion: 1\nid: a\ntitle: A\n';

describe('hostile input', () => {
  it.each([
    ['nesting 10,000 deep in flow style', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['nesting 10,000 deep in JSON', `{"a":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_001)}`],
    [
      'nesting 3,000 deep in block style',
      `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1`,
    ],
  ])('%s: too-deep, not a stack overflow', (_name, text) => {
    const result = parseRoadmap(text);
    expect(result.value).toBeUndefined();
    expect(result.issues.map((issue) => issue.code)).toEqual(['too-deep']);
  });

  it('100,000 nodes: too-many-nodes, placed at the topics key', () => {
    const text = `${head}topics:\n${Array.from({ length: 100_000 }, (_, i) => `  - {id: n${i}, label: N}`).join('\n')}\n`;
    expect(parseRoadmap(text).issues).toMatchObject([
      {
        code: 'too-many-nodes',
        line: 4,
        column: 1,
        message: 'expected at most 5,000 nodes, received 100,000',
      },
    ]);
  });

  it('a 1 MB label: too-long', () => {
    const text = `${head}topics: [{ id: t, label: ${'x'.repeat(1_000_000)} }]\n`;
    expect(parseRoadmap(text).issues).toMatchObject([
      { code: 'too-long', path: ['topics', 0, 'label'] },
    ]);
  });

  it.each([
    [
      'YAML',
      `${head}__proto__: { polluted: 1 }\ntopics: [{ id: t, label: T, constructor: { prototype: { polluted: 1 } } }]\n`,
    ],
    [
      'JSON',
      '{"schemaVersion":1,"id":"a","title":"A","__proto__":{"polluted":1},"topics":[{"id":"t","label":"T","prototype":{"polluted":1}}]}',
    ],
  ])(
    '__proto__, constructor and prototype keys in %s: rejected, and nothing is polluted',
    (_kind, text) => {
      const result = parseRoadmap(text);
      expect(result.issues.every((issue) => issue.code === 'unknown-key')).toBe(true);
      expect(result.issues.length).toBeGreaterThanOrEqual(2);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it.each([
    ['.nan', 'expected a number for "x", received NaN'],
    ['.inf', 'expected a number for "x", received the number Infinity'],
    ['-.inf', 'expected a number for "x", received the number -Infinity'],
    ['1e308', 'expected a number at most 1000000 for "x", received the number 1e+308'],
  ])('position x: %s is rejected', (value, message) => {
    const result = parseRoadmap(
      `${head}topics: [{ id: t, label: T, position: { x: ${value}, y: 0 } }]\n`,
    );
    expect(result.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('negative and zero sizes are rejected', () => {
    const result = parseRoadmap(
      `${head}topics: [{ id: t, label: T, size: { width: -5, height: 0 } }]\n`,
    );
    expect(result.issues.map((issue) => issue.code)).toEqual(['too-small', 'too-small']);
  });

  it('NUL, control characters, emoji, RTL and combining marks in labels are data, kept as written', () => {
    const label = 'A\u0000B\u0007 🚀 مرحبا e\u0301';
    const result = parseRoadmap(
      JSON.stringify({ schemaVersion: 1, id: 'a', title: label, topics: [{ id: 't', label }] }),
    );
    expect(result.issues).toEqual([]);
    expect(result.value?.topics[0]?.label).toBe(label);
  });
});
