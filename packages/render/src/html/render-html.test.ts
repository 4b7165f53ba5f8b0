import { describe, expect, it } from 'vitest';
import { documentFrom, example, HOSTILE } from '../../test/sample.js';
import { checkSafePage } from './check-safe-page.js';
import { CLIENT_SCRIPT, OPENING_SCRIPT } from './client-script.generated.js';
import { renderHtml } from './render-html.js';
import { topicCount } from './topic-articles.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('renderHtml', () => {
  it('makes one self-contained page with the picture, legend, topics and FAQ', () => {
    const doc = example('backend');
    const html = renderHtml(doc, { svg: SVG });
    expect(html.startsWith('<!doctype html>\n<html lang="en" data-roadmap="backend">')).toBe(true);
    expect(html).toContain('<title>Backend Developer</title>');
    expect(html).toContain(SVG);
    expect(html.match(/<article class="rk-article" id="topic-/g)).toHaveLength(topicCount(doc));
    expect(topicCount(doc)).toBeGreaterThan(doc.topics.length);
    expect(html).toContain('<h2 id="legend-heading">Legend</h2>');
    expect(html).toContain('<h3>How long does it take to become a Backend Developer?</h3>');
    expect(html).not.toMatch(/<img\b|\ssrc=|@import|url\(http/);
    // The one link loads nothing: it holds the first paint until the picture's opening part
    // (here the whole picture: it is not our markup) and its script are read.
    expect(html.match(/<link\b[^>]*>/g)).toEqual([
      '<link rel="expect" href="#rk--rest" blocking="render">',
    ]);
    expect(html.indexOf('<link')).toBeLessThan(html.indexOf('</head>'));
    expect(html).toContain(
      `${SVG}<script>${OPENING_SCRIPT}</script><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" id="rk--rest" class="rk-rest" role="none"></svg>`,
    );
    expect(checkSafePage(html)).toEqual([]);
    // Our own script, whole, once; no user string in it.
    expect(html.split(CLIENT_SCRIPT)).toHaveLength(2);
    expect(html.split(OPENING_SCRIPT)).toHaveLength(2);
    expect(CLIENT_SCRIPT).not.toContain('Backend');
    expect(OPENING_SCRIPT).not.toContain('Backend');
  });

  it('carries schema.org FAQPage data that parses and cannot close its element', () => {
    const doc = documentFrom(
      `schemaVersion: 1\nid: f\ntitle: F\ntopics: [{ id: t, label: T }]\nfaq:\n  - { question: "Is </script> safe – really?", answer: "Yes: **it** is <b>escaped</b>." }\n`,
    );
    const html = renderHtml(doc, { svg: SVG });
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toContain('</');
    // ASCII, like the page around it.
    expect(block).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(block)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is </script> safe – really?',
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
    expect(checkSafePage(html)).toEqual([]);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('href="https://example.com/&#34;&#62;&#60;script&#62;"');
  });
});

describe('the reader page', () => {
  const doc = documentFrom(`schemaVersion: 1
id: r
title: R
topics:
  - id: a
    label: Alpha
    url: https://example.com/alpha
    content:
      description: "## Why\\n\\nSee [Go](https://en.wikipedia.org/wiki/Go_(programming_language))."
      resources:
        - { type: video, title: V1, url: 'https://example.com/v' }
        - { type: official, title: O1, url: 'https://example.com/o' }
        - { type: video, title: V2, url: 'https://example.com/v2' }
    subtopics: [{ id: a1, label: One }]
  - { id: b, label: Beta }
`);
  const html = renderHtml(doc, { svg: SVG });

  it('gives every topic and subtopic an article in reading order, resources grouped by type', () => {
    expect([...html.matchAll(/<article [^>]*data-topic="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'a',
      'a1',
      'b',
    ]);
    expect(html).toContain(
      '<section class="rk-resources" aria-label="Resources"><h4>Official</h4><ul><li><a href="https://example.com/o">O1</a></li></ul><h4>Videos</h4><ul><li><a href="https://example.com/v">V1</a></li><li><a href="https://example.com/v2">V2</a></li></ul></section>',
    );
    expect(html).toContain('<h5>Why</h5>');
    expect(html).toContain('href="https://en.wikipedia.org/wiki/Go_(programming_language)"');
    expect(html).toContain(
      '<p class="rk-visit"><a href="https://example.com/alpha">Visit Alpha</a></p>',
    );
    expect(html).toContain('<progress id="rk-progress" max="3" value="0"');
  });

  it('carries a CSP that allows our script and styles by hash and nothing else', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toMatch(
      /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}='; style-src 'sha256-[A-Za-z0-9+/]{43}='; font-src data:; img-src data:; base-uri 'none'; form-action 'none'$/,
    );
  });

  it.each([
    ['another script', (h: string) => h.replace('</body>', '<script>alert(1)</script></body>')],
    ['a changed script', (h: string) => h.replace(CLIENT_SCRIPT, `${CLIENT_SCRIPT};alert(1)`)],
    [
      'a changed opening script',
      (h: string) => h.replace(OPENING_SCRIPT, `${OPENING_SCRIPT};alert(1)`),
    ],
    [
      'a looser policy',
      (h: string) => h.replace("script-src 'sha256-", "script-src 'unsafe-inline' 'sha256-"),
    ],
    ['no policy', (h: string) => h.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')],
    ['a style attribute', (h: string) => h.replace('<main ', '<main style="color:red" ')],
    ['a changed stylesheet', (h: string) => h.replace('<style>', '<style>*{color:red}')],
    [
      'another link',
      (h: string) =>
        h.replace('</head>', '<link rel="stylesheet" href="https://x.test/a.css"></head>'),
    ],
    [
      'a changed link',
      (h: string) => h.replace('blocking="render">', 'blocking="render" onload="x()">'),
    ],
  ])('the page oracle refuses %s', (_, change) => {
    expect(checkSafePage(html)).toEqual([]);
    expect(checkSafePage(change(html)).length).toBeGreaterThan(0);
  });
});
