import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseRoadmap, RESOURCE_TYPES } from '../src/index.js';

/** Labels with visible text, including characters YAML must quote. */
const label = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .filter((s) => s.trim() !== '')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\ufeff]/g, '?'));

const slugPart = fc.stringMatching(/^[a-z0-9]{1,8}$/);

const documentArb = fc
  .record({
    title: label,
    description: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
    layout: fc.constantFrom('auto' as const, 'manual' as const),
    topics: fc.array(
      fc.record({
        label,
        url: fc.option(
          fc.constantFrom('https://example.com/a', '/relative', 'mailto:a@example.com'),
          { nil: undefined },
        ),
        resources: fc.array(fc.record({ type: fc.constantFrom(...RESOURCE_TYPES), title: label }), {
          maxLength: 2,
        }),
        subtopics: fc.array(
          fc.record({
            label,
            side: fc.constantFrom('left' as const, 'right' as const, undefined),
            nested: fc.array(label, { maxLength: 2 }),
          }),
          { maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    faq: fc.array(fc.record({ question: label, answer: fc.string({ maxLength: 100 }) }), {
      maxLength: 2,
    }),
  })
  .chain((shape) => slugPart.map((id) => ({ id, ...shape })))
  .map(({ id, title, description, layout, topics, faq }) => {
    let n = 0;
    const position = layout === 'manual' ? { position: { x: 0, y: 0 } } : {};
    const unique = (prefix: string) => `${prefix}-${n++}`;
    return {
      schemaVersion: 1,
      id,
      title,
      ...(description === undefined ? {} : { description }),
      layout,
      topics: topics.map((topic) => ({
        id: unique('t'),
        label: `${topic.label} ${n}`,
        ...position,
        ...(topic.url === undefined ? {} : { url: topic.url }),
        ...(topic.resources.length === 0
          ? {}
          : {
              content: {
                resources: topic.resources.map((r) => ({ ...r, url: 'https://example.com/r' })),
              },
            }),
        subtopics: topic.subtopics.map((sub) => ({
          id: unique('s'),
          label: `${sub.label} ${n}`,
          ...position,
          ...(sub.side === undefined ? {} : { side: sub.side }),
          subtopics: sub.nested.map((nested) => ({
            id: unique('n'),
            label: `${nested} ${n}`,
            ...position,
          })),
        })),
      })),
      faq,
    };
  });

describe('round trip', () => {
  it('generated valid documents survive YAML → value → YAML → value unchanged', () => {
    fc.assert(
      fc.property(documentArb, (data) => {
        const first = parseRoadmap(stringify(data));
        expect(first.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
        expect(first.value).toEqual(data);
        const second = parseRoadmap(stringify(first.value));
        expect(second.value).toEqual(first.value);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });
});
