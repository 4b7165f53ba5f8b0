import { expect, it } from 'vitest';
import { parseRoadmap } from './index.js';

const doc = (topic: string) => `schemaVersion: 1\nid: demo\ntitle: Demo\ntopics:\n  - ${topic}\n`;

it('reports a misspelt required key once, as an unknown key with the fix', () => {
  const { issues } = parseRoadmap(doc('{ id: a, lable: A }'), { file: 'a.yaml' });
  expect(issues.map((i) => [i.code, i.message, i.hint, i.line, i.column])).toEqual([
    [
      'unknown-key',
      'unknown key "lable", did you mean "label"',
      'rename "lable" to "label"',
      5,
      14,
    ],
  ]);
});

it('still reports the missing key when the unknown one is not a typo of it', () => {
  const { issues } = parseRoadmap(doc('{ id: a, colour2024: A }'));
  expect(issues.map((i) => i.code)).toEqual(['missing-key', 'unknown-key']);
});
