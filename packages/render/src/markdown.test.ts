import { RoadmapInputError } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { documentFrom, example, HOSTILE } from '../test/sample.js';
import { escapeMarkdown, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('writes the outline: title, legend, topics in spine order with nested subtopics, FAQ', () => {
    const doc = documentFrom(`schemaVersion: 1
id: demo
title: Demo
description: Learn *things*.
legend: [{ id: rec, label: Recommended, color: purple }]
spine: [b, a]
topics:
  - id: a
    label: Alpha
    content:
      description: About alpha.
      resources: [{ type: book, title: The Alpha Book, url: 'https://example.com/a' }]
    subtopics:
      - { id: a1, label: One, legend: rec, subtopics: [{ id: a11, label: Deeper }] }
  - { id: b, label: Beta, url: 'https://example.com/b' }
elements:
  - { kind: checklist, id: c, label: Before, items: [{ id: x, label: Install }] }
faq:
  - { question: Why?, answer: Because. }
`);
    expect(renderMarkdown(doc)).toBe(`# Demo

Learn _things_.

**Legend**

- _(Recommended)_

## 1. [Beta](https://example.com/b)

## 2. Alpha

About alpha.

Resources:

- book: [The Alpha Book](https://example.com/a)

- One _(Recommended)_
  - Deeper

## Also on this roadmap

**Before**

- [ ] Install

## Frequently asked questions

### Why?

Because.
`);
  });

  it('escapes labels so they cannot become links, emphasis or HTML', () => {
    expect(escapeMarkdown('[x](javascript:y) *a* <b>')).toBe(
      '\\[x\\]\\(javascript:y\\) \\*a\\* \\<b\\>',
    );
    const doc = documentFrom(
      `schemaVersion: 1\nid: h\ntitle: ${JSON.stringify(HOSTILE)}\ntopics: [{ id: t, label: ${JSON.stringify(HOSTILE)} }]\n`,
    );
    const markdown = renderMarkdown(doc);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
  });

  it('covers the whole backend example', () => {
    const doc = example('backend');
    const markdown = renderMarkdown(doc);
    expect(markdown.match(/^## \d+\. /gm)).toHaveLength(doc.topics.length);
    expect(markdown).toContain('### What are the Backend Developer salaries?');
  });

  it('throws RoadmapInputError for a value that is not a document', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 1, id: 'a', title: 'A' };
    cyclic.topics = [{ id: 't', label: 'T', subtopics: [cyclic] }];
    expect(() => renderMarkdown(null as never)).toThrow(RoadmapInputError);
    expect(() => renderMarkdown(cyclic as never)).toThrow(
      'renderMarkdown: expected a roadmap document (from parseRoadmap or validateRoadmap), received data that breaks a limit at topics[0].subtopics[0]: expected plain data, received an object that contains itself (a cycle)',
    );
  });
});

describe('renderMarkdown and Markdown content', () => {
  it('nests description headings under the topic, keeps links with parentheses and drops unsafe ones', () => {
    const doc = documentFrom(`schemaVersion: 1
id: m
title: M
topics:
  - id: a
    label: Alpha
    content:
      description: "# Why"
    subtopics:
      - id: a1
        label: One
        content: { description: "First.\\n\\n- two\\n- three" }
`);
    // validate refuses a javascript: link; the outline must drop one that was never validated.
    const [topic] = doc.topics;
    if (!topic) throw new Error('the test document has a topic');
    const description =
      '# Why\n\nSee [Go](https://en.wikipedia.org/wiki/Go_(programming_language)), snake_case_names and [x](javascript:alert(1)).';
    Object.assign(topic, { content: { ...topic.content, description } });
    expect(renderMarkdown(doc)).toBe(`# M

## 1. Alpha

### Why

See [Go](https://en.wikipedia.org/wiki/Go_\\(programming_language\\)), snake_case_names and x.

- One

  First.

  - two
  - three
`);
  });
});
