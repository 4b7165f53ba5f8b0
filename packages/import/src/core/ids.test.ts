import { describe, expect, it } from 'vitest';
import { createIdRegistry, ID_PATTERN, sanitizeId, slugify } from './ids.js';

describe('sanitizeId', () => {
  it.each([
    ['kept_Id-1', 'kept_Id-1'],
    ['-leading-dash', 'leading-dash'],
    ['__under', 'under'],
    ['with spaces & marks!', 'with-spaces-marks'],
    ['100-topic:sub', '100-topic-sub'],
    ['Ünïcödé', 'Unicode'],
    ['日本語', ''],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('%j becomes %j', (raw, id) => {
    expect(sanitizeId(raw)).toBe(id);
    if (id !== '') expect(id).toMatch(ID_PATTERN);
  });
});

describe('slugify', () => {
  it('makes lower-case slugs', () => {
    expect(slugify('Personal Recommendation / Opinion')).toBe('personal-recommendation-opinion');
    expect(slugify('  !!  ')).toBe('');
  });
});

describe('createIdRegistry', () => {
  it('keeps valid free ids, sanitises others, falls back, and numbers repeats', () => {
    const ids = createIdRegistry();
    expect([
      ids.claim('a1', 'x'),
      ids.claim('a1', 'x'),
      ids.claim('a1', 'x'),
      ids.claim('bad id', 'x'),
      ids.claim('', 'topic-3'),
      ids.claim('日本', '日本'),
      ids.claim('y'.repeat(64), 'x'),
      ids.claim('y'.repeat(64), 'x'),
    ]).toEqual([
      'a1',
      'a1-2',
      'a1-3',
      'bad-id',
      'topic-3',
      'item',
      'y'.repeat(64),
      `${'y'.repeat(62)}-2`,
    ]);
    expect(ids.has('a1-2')).toBe(true);
    expect(ids.has('a1-4')).toBe(false);
  });
});
