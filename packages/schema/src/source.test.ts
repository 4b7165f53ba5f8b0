import { describe, expect, it } from 'vitest';
import { parseRoadmap } from './index.js';
import { LIMITS } from './limits.js';

const minimal = 'schemaVersion: 1\nid: a\ntitle: A\ntopics:\n  - { id: t, label: T }\n';

describe('reading sources', () => {
  it('reads YAML and JSON alike, with positions in both', () => {
    const yaml = parseRoadmap(minimal.replace('label: T', 'label: 5'));
    const json = parseRoadmap(
      '{\n  "schemaVersion": 1,\n  "id": "a",\n  "title": "A",\n  "topics": [{ "id": "t", "label": 5 }]\n}',
    );
    expect(yaml.issues).toMatchObject([{ code: 'invalid-type', line: 5, column: 21 }]);
    expect(json.issues).toMatchObject([{ code: 'invalid-type', line: 5, column: 36 }]);
  });

  it('skips a byte order mark and reads CRLF line ends', () => {
    const result = parseRoadmap(`\uFEFF${minimal.replace(/\n/g, '\r\n')}`);
    expect(result.issues).toEqual([]);
    expect(result.value?.title).toBe('A');
  });

  it('rejects a file over the size limit before parsing it', () => {
    const big = `${minimal}description: "${'x'.repeat(LIMITS.maxFileBytes)}"\n`;
    const result = parseRoadmap(big, { file: 'big.yaml' });
    expect(result.issues).toMatchObject([
      { code: 'file-too-large', file: 'big.yaml', line: 1, column: 1 },
    ]);
    expect(result.issues[0]?.message).toBe('expected a file of at most 5 MB, received 5.0 MB');
  });

  it('rejects bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(minimal), 0xff, 0xfe]);
    expect(parseRoadmap(bytes).issues).toMatchObject([
      { code: 'invalid-encoding', severity: 'error' },
    ]);
  });

  it('reads UTF-8 bytes', () => {
    expect(
      parseRoadmap(new TextEncoder().encode(minimal.replace('A\n', 'Ä 🚀\n'))).value?.title,
    ).toBe('Ä 🚀');
  });

  it('caps alias expansion (a "billion laughs" file)', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    const result = parseRoadmap(bomb);
    expect(result.issues).toMatchObject([{ code: 'alias-limit', severity: 'error' }]);
  });

  it('rejects data nested deeper than the limit without overflowing the stack', () => {
    const deep = `${'['.repeat(LIMITS.maxDepth + 5)}${']'.repeat(LIMITS.maxDepth + 5)}`;
    const result = parseRoadmap(`${minimal}tags: ${deep}\n`);
    expect(result.issues).toMatchObject([{ code: 'too-deep' }]);
  });

  it('rejects more nodes than the limit, counting nested subtopics', () => {
    const subtopics = Array.from({ length: LIMITS.maxNodes }, (_, i) => ({
      id: `s${i}`,
      label: `S${i}`,
    }));
    const data = {
      schemaVersion: 1,
      id: 'a',
      title: 'A',
      topics: [{ id: 't', label: 'T', subtopics }],
    };
    const result = parseRoadmap(JSON.stringify(data));
    expect(result.issues).toMatchObject([
      { code: 'too-many-nodes', message: 'expected at most 5,000 nodes, received 5,001' },
    ]);
  });

  it('says what an empty file is missing', () => {
    expect(parseRoadmap('').issues[0]?.message).toBe(
      'expected the document to be an object with keys such as "title" and "topics", received nothing',
    );
  });
});
