import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/helpers.js';
import { safeUrls } from './safe-urls.js';

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

  it('judges the URL after cleaning: a scheme hidden by removed characters is found', () => {
    const doc = sampleDocument((data) => {
      data.callouts = [
        { text: 'A', url: 'java\u0000script:alert(1)' },
        { text: 'B', url: 'java\ufffescript:alert(1)' },
        { text: 'C', url: '\u200Bjava\u00adscript:alert(1)' },
        { text: 'D', url: '//evil.example/x' },
        { text: 'E', url: '\\\\host\\share' },
        { text: 'F', url: 'java script:alert(1)' },
      ];
    });
    expect(safeUrls(doc).map((f) => [f.path.join('.'), f.message])).toEqual([
      [
        'callouts.0.url',
        'expected an http(s), mailto or relative URL, received a "javascript:" URL (hidden by invisible characters)',
      ],
      [
        'callouts.1.url',
        'expected an http(s), mailto or relative URL, received a "javascript:" URL (hidden by invisible characters)',
      ],
      [
        'callouts.2.url',
        'expected an http(s), mailto or relative URL, received a "javascript:" URL (hidden by invisible characters)',
      ],
      [
        'callouts.3.url',
        'expected an http(s), mailto or same-site relative URL, received "//evil.example/x", which leads to another host',
      ],
      [
        'callouts.4.url',
        'expected an http(s), mailto or same-site relative URL, received "\\\\\\\\host\\\\share", which leads to another host',
      ],
      [
        'callouts.5.url',
        'expected an http(s), mailto or relative URL, received "java script:alert(1)", which has a colon before its first "/" but no known scheme',
      ],
    ]);
  });

  it('checks links inside Markdown: descriptions, FAQ answers and paragraphs', () => {
    const doc = sampleDocument((data) => {
      data.description = 'See [this](java\u0000script:alert(1)) and [that](https://example.com).';
      data.faq = [
        { question: 'Q', answer: 'Read <javascript:alert(1)> or [x][r]\n\n[r]: data:text/html,x' },
      ];
      const topics = data.topics as Array<Record<string, unknown>>;
      (topics[1] as Record<string, unknown>).content = {
        description: 'An entity: [a](javascript&colon;alert(1)) and an escape [b](javascript\\:x)',
      };
      (data.elements as Array<Record<string, unknown>>)[0] = {
        kind: 'paragraph',
        id: 'intro',
        text: 'Go [here](//evil.example) or [there](/docs/ok)',
        near: 'internet',
      };
    });
    expect(safeUrls(doc).map((f) => [f.path.join('.'), f.message])).toEqual([
      [
        'description',
        'expected an http(s), mailto or relative URL in a Markdown link, received a "javascript:" URL (hidden by invisible characters)',
      ],
      [
        'faq.0.answer',
        'expected an http(s), mailto or relative URL in a Markdown link, received a "javascript:" URL',
      ],
      [
        'faq.0.answer',
        'expected an http(s), mailto or relative URL in a Markdown link, received a "data:" URL',
      ],
      [
        'topics.1.content.description',
        'expected an http(s), mailto or relative URL in a Markdown link, received a "javascript:" URL',
      ],
      [
        'topics.1.content.description',
        'expected an http(s), mailto or relative URL in a Markdown link, received a "javascript:" URL',
      ],
      [
        'elements.0.text',
        'expected an http(s), mailto or same-site relative URL in a Markdown link, received "//evil.example", which leads to another host',
      ],
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
    expect(safeUrls(doc).map((f) => [f.path.join('.'), f.message])).toEqual([
      [
        'elements.0.links.1.url',
        'expected an http(s), mailto or relative URL, received a "javascript:" URL',
      ],
    ]);
  });
});
