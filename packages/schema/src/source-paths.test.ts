import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseRoadmap } from './index.js';
import { readSource } from './source.js';

const fixtures = join(import.meta.dirname, '../test/fixtures');
const files = [
  ...['valid', 'invalid'].flatMap((kind) =>
    readdirSync(join(fixtures, kind)).map((name) => join(fixtures, kind, name)),
  ),
  join(import.meta.dirname, '../../../examples/backend/roadmap.yaml'),
];

describe('the fast and the position-keeping readers', () => {
  it.each(files)('read the same data from %s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(readSource(text).data).toEqual(parse(text));
  });

  it('reads a file with aliases through the full parser, aliases expanded', () => {
    const text =
      'schemaVersion: 1\nid: a\ntitle: A\ntopics:\n  - &t { id: t, label: T }\ntags: [x]\nx: *t\n';
    expect(readSource(text).data).toEqual({
      schemaVersion: 1,
      id: 'a',
      title: 'A',
      topics: [{ id: 't', label: 'T' }],
      tags: ['x'],
      x: { id: 't', label: 'T' },
    });
  });

  it('keeps YAML 1.2 core types: dates and yes/no stay strings', () => {
    const text =
      'schemaVersion: 1\nid: a\ntitle: yes\nupdated: 2026-01-31\ntopics: [{ id: t, label: no }]\n';
    expect(parseRoadmap(text).value).toMatchObject({
      title: 'yes',
      updated: '2026-01-31',
      topics: [{ label: 'no' }],
    });
  });

  it('places issues found in a file read by the fast path', () => {
    const text =
      'schemaVersion: 1\nid: a\ntitle: A\ntopics:\n  - { id: t, label: T, url: "javascript:x" }\n';
    expect(parseRoadmap(text).issues).toMatchObject([{ code: 'unsafe-url', line: 5, column: 29 }]);
  });
});
