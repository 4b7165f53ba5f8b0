import { expect, it } from 'vitest';
import { withoutExtensionKeys } from './extension-keys.js';
import { parseRoadmap } from './index.js';

it('ignores x- keys anywhere, so they can hold shared YAML anchors', () => {
  const source = `schemaVersion: 1
id: demo
title: Demo
x-shared:
  resources: &docs
    - { type: official, title: Docs, url: https://example.com/docs }
topics:
  - id: a
    label: A
    x-note: reviewed in 2026
    content: { resources: *docs }
`;
  const { value, issues } = parseRoadmap(source);
  expect(issues).toEqual([]);
  expect(value?.topics[0]?.content?.resources?.[0]?.title).toBe('Docs');
  expect(Object.keys(value ?? {})).not.toContain('x-shared');
});

it('still rejects other unknown keys', () => {
  const { issues } = parseRoadmap(
    'schemaVersion: 1\nid: demo\ntitle: Demo\ny-note: 1\ntopics: [{ id: a, label: A }]\n',
  );
  expect(issues.map((i) => i.message)).toEqual(['unknown key "y-note"']);
});

it('returns the same object when there is nothing to remove, and never changes its input', () => {
  const clean = { a: [{ b: 1 }] };
  expect(withoutExtensionKeys(clean)).toBe(clean);
  const dirty = { a: [{ b: 1, 'x-c': 2 }] };
  expect(withoutExtensionKeys(dirty)).toEqual({ a: [{ b: 1 }] });
  expect(dirty.a[0]).toHaveProperty('x-c', 2);
});
