import { describe, expect, it } from 'vitest';
import { detectFormat, fromBalsamiq, fromRoadmapSh } from '../src/index.js';

const notRoadmaps: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', '{"nodes": []}'],
  ['a list', [{ id: 'a', type: 'topic' }]],
  ['an empty object', {}],
  ['an object with nodes that is not a list', { nodes: { a: 1 } }],
];

describe('input that is no roadmap', () => {
  it.each(notRoadmaps)(
    'fromRoadmapSh refuses %s with one error and no document',
    (_name, input) => {
      const result = fromRoadmapSh(input);
      expect(result.value).toBeUndefined();
      expect(result.issues).toMatchObject([{ code: 'invalid-input', severity: 'error' }]);
      expect(result.issues[0]?.message).toMatch(/^expected a roadmap\.sh editor file/);
    },
  );

  it.each(notRoadmaps)('fromBalsamiq refuses %s with one error and no document', (_name, input) => {
    const result = fromBalsamiq(input);
    expect(result.value).toBeUndefined();
    expect(result.issues).toMatchObject([{ code: 'invalid-input', severity: 'error' }]);
    expect(result.issues[0]?.message).toMatch(/^expected a Balsamiq mockup/);
  });

  it('says which importer a file of the other format needs', () => {
    expect(fromRoadmapSh({ mockup: { controls: { control: [] } } }).issues[0]?.message).toContain(
      'use fromBalsamiq',
    );
    expect(fromBalsamiq({ nodes: [], edges: [] }).issues[0]?.message).toContain(
      'use fromRoadmapSh',
    );
  });

  it('gives no document, with an error, when nothing can go on the spine', () => {
    const result = fromRoadmapSh({
      nodes: [
        {
          id: 'p',
          type: 'paragraph',
          position: { x: 0, y: 0 },
          width: 90,
          height: 30,
          data: { label: 'Hi' },
        },
      ],
      edges: [],
    });
    expect(result.value).toBeUndefined();
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['no-topics', 'error']]);
    expect(fromBalsamiq({ mockup: { controls: { control: [] } } }).issues).toMatchObject([
      { code: 'no-topics', severity: 'error' },
    ]);
  });

  it('refuses more nodes than a document may hold', () => {
    const nodes = Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, type: 'topic' }));
    expect(fromRoadmapSh({ nodes }).issues).toMatchObject([
      {
        code: 'invalid-input',
        path: ['nodes'],
        message: 'expected at most 5000 nodes, received 5001',
      },
    ]);
  });

  it('takes missing or odd options as the defaults', () => {
    const file = {
      nodes: [
        {
          id: 'a',
          type: 'topic',
          position: { x: 5, y: 5 },
          width: 10,
          height: 10,
          data: { label: 'A' },
        },
      ],
    };
    const odd = { layout: 'sideways', id: 7, content: 'nope', faqs: 3 } as unknown as Parameters<
      typeof fromRoadmapSh
    >[1];
    expect(fromRoadmapSh(file, odd).value).toMatchObject({
      id: 'untitled-roadmap',
      layout: 'manual',
    });
    expect(fromRoadmapSh(file, { id: 'My Map!' }).value?.id).toBe('my-map');
  });
});

describe('detectFormat', () => {
  it.each([
    [{ nodes: [], edges: [] }, 'roadmapsh'],
    [{ nodes: [] }, 'roadmapsh'],
    [{ mockup: { controls: { control: [] } } }, 'balsamiq'],
    [{ mockup: 'x' }, undefined],
    [{ nodes: 'x' }, undefined],
    [[], undefined],
    [null, undefined],
    ['nodes', undefined],
  ])('%j is %s', (input, format) => {
    expect(detectFormat(input)).toBe(format);
  });
});
