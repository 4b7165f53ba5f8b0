import { createMeasurer } from '@roadmapkit/fonts';
import type { PositionedRoadmap } from '@roadmapkit/layout';
import { layoutRoadmap } from '@roadmapkit/layout';
import type { RoadmapDocument } from '@roadmapkit/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_TARGETS, hrefs, linkTarget, URL_PIECES } from '../test/links.js';
import { documentFrom } from '../test/sample.js';
import { safeHref } from './escape.js';
import { renderHtml } from './html/render-html.js';
import { markdownToHtml } from './markdown/markdown-html.js';
import { renderPdf } from './pdf.js';
import { renderSvg } from './render-svg.js';

/** Any string, and strings built to hide a scheme. */
const anyUrl = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...URL_PIECES), { maxLength: 10 }).map((parts) => parts.join('')),
);

function expectAllowed(markup: string): void {
  for (const href of hrefs(markup)) expect(ALLOWED_TARGETS, href).toContain(linkTarget(href));
}

describe('links, for any string', () => {
  it('safeHref: what it gives is http(s), mailto or same-site, and is already clean', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const href = safeHref(url);
        if (href !== undefined) {
          expect(ALLOWED_TARGETS).toContain(linkTarget(href));
          expect(safeHref(href)).toBe(href);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Markdown: every link written from a description is http(s), mailto or same-site', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        expectAllowed(markdownToHtml(`[a](${url}) and [b](<${url}>) and <${url}>`));
      }),
      { numRuns: 300 },
    );
  });

  describe('drawn roadmaps (SVG, HTML page, PDF /URI)', () => {
    let doc: RoadmapDocument;
    let positioned: PositionedRoadmap;
    beforeAll(async () => {
      doc = documentFrom(
        'schemaVersion: 1\nid: l\ntitle: L\ntopics: [{ id: t, label: T, url: "https://example.com" }]\n',
      );
      positioned = await layoutRoadmap(doc, { measurer: createMeasurer() });
    });

    // Each run draws an SVG, an HTML page and a PDF: a timeout for a loaded machine.
    it('writes only allowed links, whatever the URL of a node', { timeout: 90_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(anyUrl, async (url) => {
          // An empty url is not a roadmap document at all (the page refuses it with
          // RoadmapInputError); every other string is drawn.
          fc.pre(url !== '');
          const roadmap = { ...doc, topics: [{ id: 't', label: 'T', url }] };
          const svg = renderSvg(
            { ...positioned, nodes: positioned.nodes.map((n) => ({ ...n, url })) },
            { roadmap },
          );
          expectAllowed(svg);
          const html = renderHtml(
            { ...roadmap, callouts: [{ text: 'More', url }], description: `[x](${url})` },
            { svg },
          );
          expectAllowed(html);
          const pdf = Buffer.from(await renderPdf(svg, { compress: false })).toString('latin1');
          for (const uri of pdf.matchAll(/\/URI \(((?:\\.|[^\\)])*)\)/g)) {
            const value = (uri[1] ?? '').replace(/\\(.)/g, '$1');
            expect(ALLOWED_TARGETS, value).toContain(linkTarget(value));
          }
        }),
        { numRuns: 12 },
      );
    });

    it('a scheme hidden by NUL is not written as javascript: anywhere', async () => {
      const url = 'java\u0000script:alert(1)';
      const roadmap = { ...doc, topics: [{ id: 't', label: 'T', url }] };
      const svg = renderSvg(
        { ...positioned, nodes: positioned.nodes.map((n) => ({ ...n, url })) },
        { roadmap },
      );
      const html = renderHtml({ ...roadmap, callouts: [{ text: 'More', url }] }, { svg });
      const pdf = Buffer.from(await renderPdf(svg, { compress: false })).toString('latin1');
      expect(hrefs(svg)).toEqual([]);
      // The page's own in-page links (the skip link) are all that is left.
      expect(hrefs(html).filter((href) => !href.startsWith('#'))).toEqual([]);
      expect(pdf).not.toContain('/URI');
    });
  });
});
