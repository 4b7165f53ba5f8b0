import { describe, expect, it } from 'vitest';
import {
  parseRoadmap,
  type RoadmapDocument,
  RoadmapInputError,
  toGraph,
  validateRoadmap,
} from '../src/index.js';

function cyclic(): Record<string, unknown> {
  const doc: Record<string, unknown> = { schemaVersion: 1, id: 'a', title: 'A' };
  doc.topics = [{ id: 't', label: 'T', subtopics: [doc] }];
  return doc;
}

function deep(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let i = 0; i < levels; i++) {
    const next: Record<string, unknown> = {};
    at.a = next;
    at = next;
  }
  return { schemaVersion: 1, id: 'a', title: 'A', topics: [{ id: 't', label: 'T' }], tags: root };
}

function sparse(): Record<string, unknown> {
  const topics: unknown[] = [];
  topics.length = 10_000_000;
  return { schemaVersion: 1, id: 'a', title: 'A', topics };
}

/** Values no file can hold, with the issue each one gets. */
const HOSTILE: Array<[string, () => unknown, string, string]> = [
  ['null', () => null, 'invalid-type', 'expected an object'],
  [
    'a cyclic object',
    cyclic,
    'invalid-value',
    'expected plain data, received an object that contains itself (a cycle)',
  ],
  [
    'a 20,000-deep object',
    () => deep(20_000),
    'too-deep',
    'expected data nested at most 64 levels deep, received deeper nesting',
  ],
  [
    'a sparse list of length 10,000,000',
    sparse,
    'too-big',
    'expected a list of at most 200,000 items, received 10,000,000',
  ],
];

describe('hostile values', () => {
  it.each(HOSTILE)('validateRoadmap: %s gives an issue, not a throw', (_name, make, code, text) => {
    const result = validateRoadmap(make());
    expect(result.value).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ code, line: 1, column: 1 });
    expect(result.issues[0]?.message).toContain(text);
  });

  it.each([
    ['null', null, 'null'],
    ['nothing', undefined, 'nothing'],
    ['an object', { a: 1 }, 'an object'],
    ['a number', 5, 'the number 5'],
  ])('parseRoadmap: %s instead of text is an invalid-type issue', (_name, value, received) => {
    const result = parseRoadmap(value as unknown as string);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'invalid-type',
        line: 1,
        message: `expected YAML or JSON text or UTF-8 bytes, received ${received}`,
      }),
    ]);
  });

  it.each(HOSTILE)(
    'toGraph: %s throws RoadmapInputError naming the problem',
    (_n, make, _c, text) => {
      const call = () => toGraph(make() as RoadmapDocument);
      expect(call).toThrow(RoadmapInputError);
      expect(call).toThrow(/^toGraph: expected a roadmap document/);
      if (text !== 'expected an object') expect(call).toThrow(text);
    },
  );

  it('toGraph: an object of the wrong shape names the place', () => {
    expect(() =>
      toGraph({ schemaVersion: 1, id: 'a', title: 'A', topics: [null] } as never),
    ).toThrow(
      /^toGraph: expected a roadmap document \(from parseRoadmap or validateRoadmap\), received an object that is not one: at topics\[0\]: /,
    );
  });
});
