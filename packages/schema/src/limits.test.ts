import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import { parseRoadmap } from './validate.js';

// Each documented limit of a document's text: the value at the limit is valid, one past it is
// one clear error at that place. (File size, nodes, nesting, aliases and coordinates have
// their own tests in source.test.ts and test/invalid-cases.test.ts.)
const url = (length: number) => `https://example.com/${'a'.repeat(length - 20)}`;
const cases = [
  {
    limit: 'maxLabelLength',
    value: LIMITS.maxLabelLength,
    doc: (n: number) => ({ topics: [{ id: 't', label: 'x'.repeat(n) }] }),
    path: ['topics', 0, 'label'],
  },
  {
    limit: 'maxMarkdownLength',
    value: LIMITS.maxMarkdownLength,
    doc: (n: number) => ({
      topics: [{ id: 't', label: 'T', content: { description: 'w'.repeat(n) } }],
    }),
    path: ['topics', 0, 'content', 'description'],
  },
  {
    limit: 'maxUrlLength',
    value: LIMITS.maxUrlLength,
    doc: (n: number) => ({
      topics: [
        {
          id: 't',
          label: 'T',
          content: { resources: [{ type: 'article', title: 'A', url: url(n) }] },
        },
      ],
    }),
    path: ['topics', 0, 'content', 'resources', 0, 'url'],
  },
] as const;

describe('the documented text limits', () => {
  it.each(cases)('$limit: $value characters pass, one more is an error there', (item) => {
    const text = (n: number) =>
      JSON.stringify({ schemaVersion: 1, id: 'limits', title: 'Limits', ...item.doc(n) });
    expect(url(LIMITS.maxUrlLength)).toHaveLength(LIMITS.maxUrlLength);
    const atLimit = parseRoadmap(text(item.value), { file: 'limits.json' });
    expect(atLimit.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(atLimit.value).toBeDefined();
    const past = parseRoadmap(text(item.value + 1), { file: 'limits.json' });
    expect(past.value).toBeUndefined();
    const errors = past.issues.filter((issue) => issue.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toEqual(item.path);
    expect(errors[0]?.message).toContain(`at most ${item.value.toLocaleString('en')} characters`);
  });
});
