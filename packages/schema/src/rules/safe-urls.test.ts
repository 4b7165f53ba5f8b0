import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { safeUrls, urlScheme } from './safe-urls.js';

describe('urlScheme', () => {
  it.each([
    ['https://example.com', 'https'],
    ['MAILTO:someone@example.com', 'mailto'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['\u0000data:text/html,x', 'data'],
    ['/docs/intro', undefined],
    ['../other.md#part', undefined],
    ['page?next=javascript:x', undefined],
  ])('%j has scheme %j', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
});

describe('safeUrls', () => {
  it('accepts http(s), mailto and relative URLs', () => {
    expect(safeUrls(sampleDocument())).toEqual([]);
  });

  it('rejects javascript:, data:, vbscript: and other schemes in every URL field', () => {
    const doc = sampleDocument((data) => {
      data.authors = [{ name: 'A', url: 'vbscript:msgbox' }];
      data.callouts = [{ text: 'More', url: 'data:text/html,<b>x</b>' }];
      data.elements = [{ kind: 'button', id: 'b', label: 'Go', url: 'ftp://example.com' }];
      const topics = data.topics as Array<Record<string, unknown>>;
      (topics[1] as Record<string, unknown>).content = {
        resources: [{ type: 'article', title: 'X', url: 'JavaScript:void(0)' }],
      };
    });
    expect(safeUrls(doc).map((f) => [f.path.join('.'), f.message])).toEqual([
      ['authors.0.url', 'expected an http(s), mailto or relative URL, received a "vbscript:" URL'],
      ['callouts.0.url', 'expected an http(s), mailto or relative URL, received a "data:" URL'],
      [
        'topics.1.content.resources.0.url',
        'expected an http(s), mailto or relative URL, received a "javascript:" URL',
      ],
      ['elements.0.url', 'expected an http(s), mailto or relative URL, received a "ftp:" URL'],
    ]);
  });

  it('checks the URLs of a links group', () => {
    const doc = sampleDocument((data) => {
      data.elements = [
        {
          kind: 'links',
          id: 'more',
          links: [
            { label: 'Fine', url: 'https://example.com' },
            { label: 'Bad', url: 'javascript:alert(1)' },
          ],
        },
      ];
    });
    expect(safeUrls(doc).map((f) => f.path.join('.'))).toEqual(['elements.0.links.1.url']);
  });
});
