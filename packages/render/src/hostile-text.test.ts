import type { RoadmapDocument } from '@roadmapkit/schema';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { layout } from '../test/pipeline.js';
import { documentFrom } from '../test/sample.js';
import { checkSafePage } from './html/check-safe-page.js';
import { renderHtml } from './html/render-html.js';
import { renderSvg } from './render-svg.js';
import { checkSafeMarkup } from './safe-markup.js';

const ids = (markup: string) => [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

/** Characters that break XML or hide text, and markup. */
const NASTY = [
  '\u0000',
  '\u0001',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u0085',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '<',
  '&',
  '"',
  "'",
  ']]>',
  '</svg>',
  'x',
  '\u{1F680}',
];
const nastyText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.array(fc.constantFrom(...NASTY), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
);

describe('user text in every field', () => {
  // Each run lays out and draws a roadmap: few runs, and a timeout for a loaded machine.
  it('the SVG is well-formed XML and the HTML page safe, for any string in any text field', {
    timeout: 90_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, async (text) => {
        const doc: RoadmapDocument = {
          ...documentFrom(
            'schemaVersion: 1\nid: h\ntitle: H\nlegend: [{ id: l, label: L, color: red }]\ntopics: [{ id: t, label: T, legend: l }]\n',
          ),
        };
        const hostile = {
          ...doc,
          title: text,
          description: text,
          legend: [{ id: 'l', label: text, color: 'red' }],
          callouts: [{ text, url: 'https://example.com', linkLabel: text }],
          topics: [{ id: 't', label: text, legend: 'l', subtopics: [{ id: 's', label: text }] }],
          faq: [{ question: text, answer: text }],
        } as RoadmapDocument;
        const svg = renderSvg(await layout(hostile), { roadmap: hostile });
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(checkSafeMarkup(svg)).toEqual([]);
        const html = renderHtml(hostile, { svg });
        expect(checkSafePage(html)).toEqual([]);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: none of these may be written
        expect(`${svg}${html}`).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      }),
      { numRuns: 8 },
    );
  });

  it('topics named like our own elements never duplicate an id in the SVG or the HTML page', async () => {
    const doc = documentFrom(`schemaVersion: 1
id: ids
title: Ids
description: Every id we use ourselves, as a user id.
legend: [{ id: legend, label: Legend, color: red }]
topics:
  - { id: legend, label: A, legend: legend }
  - { id: doc-title, label: B, subtopics: [{ id: doc-desc, label: C }] }
  - { id: title-block, label: D, content: { description: Text } }
  - { id: topics-heading, label: E }
elements:
  - { kind: section, id: legend-heading, label: S, topics: [legend] }
faq: [{ question: Q, answer: A }]
`);
    const svg = renderSvg(await layout(doc), { roadmap: doc, contentHref: (id) => `#topic-${id}` });
    const svgIds = ids(svg);
    expect(svgIds).toEqual(expect.arrayContaining(['rk-legend', 'rk-doc-title', 'rk--legend']));
    expect(svgIds.length).toBe(new Set(svgIds).size);
    const htmlIds = ids(renderHtml(doc, { svg }));
    expect(htmlIds).toEqual(expect.arrayContaining(['topic-legend', 'legend-heading']));
    expect(htmlIds.length).toBe(new Set(htmlIds).size);
  });
});
