import type { RoadmapDocument } from '@roadmapkit/schema';
import { xmlSafeText } from '../escape.js';
import { markdownToHtml } from '../markdown/markdown-html.js';
import { markdownToText } from '../markdown/markdown-to-text.js';
import { text } from './text.js';

type Faq = NonNullable<RoadmapDocument['faq']>;

/**
 * JSON for an inline `application/ld+json` block: nothing in it can close the element, and
 * it is ASCII (other characters as `\u` escapes, like the page around it).
 */
export function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** schema.org FAQPage data for search engines (data, never run: the CSP allows no such script). */
export function faqJsonLd(faq: Faq): string {
  if (faq.length === 0) return '';
  return `<script type="application/ld+json">${jsonForScriptBlock({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map((entry) => ({
      '@type': 'Question',
      name: xmlSafeText(entry.question),
      acceptedAnswer: { '@type': 'Answer', text: markdownToText(entry.answer) },
    })),
  })}</script>`;
}

/** The FAQ as real HTML: each question a heading, each answer its Markdown. */
export function faqSection(faq: Faq, heading = 'Frequently asked questions'): string {
  if (faq.length === 0) return '';
  return `<section aria-labelledby="faq-heading"><h2 id="faq-heading">${text(heading)}</h2>${faq
    .map(
      (entry, i) =>
        `<h3>${text(entry.question)}</h3>${markdownToHtml(entry.answer, { headingOffset: 3, idPrefix: `faq-${i + 1}-` })}`,
    )
    .join('\n')}</section>`;
}
