import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoadmap } from '../src/index.js';

/** A small deterministic generator (mulberry32), so every run makes the same mutations. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '[',
  ']',
  '{',
  '}',
  ':',
  ': ',
  '- ',
  '"',
  "'",
  '&a ',
  '*a',
  '#',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '!!str ',
  '---\n',
  '? ',
  '|\n',
  '>-\n',
  '\\',
  '%',
  '@',
  '`',
  '1e999',
  '.nan',
  '__proto__: ',
  'javascript:',
  '\uFEFF',
  '\uD800',
];

/** One random edit: a byte flipped, a token inserted, a span deleted, duplicated or moved. */
function mutate(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const span = Math.floor(next() * 40);
  switch (Math.floor(next() * 6)) {
    case 0:
      return `${text.slice(0, at)}${String.fromCharCode(Math.floor(next() * 0x2fff))}${text.slice(at + 1)}`;
    case 1:
      return `${text.slice(0, at)}${TOKENS[Math.floor(next() * TOKENS.length)]}${text.slice(at)}`;
    case 2:
      return `${text.slice(0, at)}${text.slice(at + span)}`;
    case 3:
      return `${text.slice(0, at)}${text.slice(at, at + span).repeat(2)}${text.slice(at)}`;
    case 4: {
      const lines = text.split('\n');
      const i = Math.floor(next() * lines.length);
      const j = Math.floor(next() * lines.length);
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      return lines.join('\n');
    }
    default:
      return `${text.slice(0, at)}${' '.repeat(Math.floor(next() * 9))}${text.slice(at)}`;
  }
}

const ITERATIONS = Number(process.env.ROADMAPKIT_FUZZ_ITERATIONS ?? 300);
const examples = ['minimal', 'backend'].map((name) =>
  readFileSync(join(import.meta.dirname, '../../../examples', name, 'roadmap.yaml'), 'utf8'),
);

describe('mutation fuzzing the examples', () => {
  it(`never gets an exception out of parseRoadmap (${ITERATIONS} mutants, seed 2026)`, () => {
    const next = random(2026);
    let invalid = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      let text = examples[i % examples.length] ?? '';
      const edits = 1 + Math.floor(next() * 4);
      for (let e = 0; e < edits; e++) text = mutate(text, next);
      let result: ReturnType<typeof parseRoadmap>;
      try {
        result = parseRoadmap(text);
      } catch (cause) {
        throw new Error(
          `mutant ${i} made parseRoadmap throw: ${String(cause)}\n--- mutant ---\n${text.slice(0, 2000)}`,
        );
      }
      const errors = result.issues.filter((issue) => issue.severity === 'error');
      expect(result.value === undefined).toBe(errors.length > 0);
      if (errors.length > 0) invalid++;
      for (const issue of result.issues) expect(issue.line).toBeGreaterThanOrEqual(1);
    }
    // The mutations must actually break files, or the test proves nothing.
    expect(invalid).toBeGreaterThan(ITERATIONS / 4);
  }, 120_000);
});
