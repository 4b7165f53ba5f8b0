import { describe, expect, it } from 'vitest';
import { documentFrom, example, HOSTILE } from '../test/sample.js';
import { renderHtml } from './html.js';
import { checkSafeMarkup } from './safe-markup.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('renderHtml', () => {
  it('makes one self-contained page with the picture, legend, topics and FAQ', () => {
    const doc = example('backend');
    const html = renderHtml(doc, { svg: SVG });
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Backend Developer</title>');
    expect(html).toContain(SVG);
    expect(html.match(/<li class="topic" id="topic-/g)).toHaveLength(doc.topics.length);
    expect(html).toContain('<h2 id="legend-heading">Legend</h2>');
    expect(html).toContain('<h3>How long does it take to become a Backend Developer?</h3>');
    expect(html).not.toMatch(/<link\b|<img\b|\ssrc=|@import|url\(http/);
    expect(checkSafeMarkup(html)).toEqual([]);
  });

  it('carries schema.org FAQPage data that parses and cannot close its element', () => {
    const doc = documentFrom(
      `schemaVersion: 1\nid: f\ntitle: F\ntopics: [{ id: t, label: T }]\nfaq:\n  - { question: "Is </script> safe?", answer: "Yes: **it** is <b>escaped</b>." }\n`,
    );
    const html = renderHtml(doc, { svg: SVG });
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toContain('</');
    expect(JSON.parse(block)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is </script> safe?',
          acceptedAnswer: { '@type': 'Answer', text: 'Yes: it is <b>escaped</b>.' },
        },
      ],
    });
  });

  it('escapes every user string and drops unsafe links', () => {
    const text = JSON.stringify(HOSTILE);
    const doc = documentFrom(`schemaVersion: 1
id: h
title: ${text}
description: ${text}
legend: [{ id: l, label: ${text}, color: red }]
topics:
  - id: t
    label: ${text}
    content: { description: ${text}, resources: [{ type: article, title: ${text}, url: 'https://example.com/"><script>' }] }
faq: [{ question: ${text}, answer: ${text} }]
`);
    const html = renderHtml(doc, { svg: SVG });
    expect(checkSafeMarkup(html)).toEqual([]);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('href="https://example.com/&#34;&#62;&#60;script&#62;"');
  });
});
