import type { RoadmapDocument } from '@roadmapkit/schema';
import { assertSafe } from './assert-safe.js';
import { escapeXml, safeHref, xmlSafeText } from './escape.js';
import { markdownToHtml, markdownToText } from './markdown-html.js';
import { toHex } from './theme.js';
import { localeAttributes, uiMessages } from './ui-messages.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];

export interface HtmlOptions {
  /** The roadmap picture to show inline (from renderSvg). */
  readonly svg: string;
  /** The page language (default en). */
  readonly lang?: string;
}

const STYLE = `
:root{color-scheme:light dark;--fg:#111827;--bg:#ffffff;--muted:#4b5563;--line:#d1d5db;--link:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--fg:#e5e7eb;--bg:#0f172a;--muted:#9ca3af;--line:#334155;--link:#93c5fd}}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 Inter,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main,header{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}a{color:var(--link)}
figure{margin:1.5rem 0;overflow-x:auto}figure svg{display:block;max-width:100%;height:auto;margin:0 auto}
h1{font-size:2.2rem;line-height:1.2;margin:1rem 0 .5rem}h2{margin-top:2.5rem;border-bottom:1px solid var(--line)}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem}.swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;margin-right:.4em;vertical-align:-.1em}
.topic{margin:1.5rem 0}.topic h3{margin-bottom:.25rem}.tag{font-size:.85em;color:var(--muted)}.resources{font-size:.95em}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

/** JSON for an inline `application/ld+json` block: nothing in it can close the element. */
function jsonForScriptBlock(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function text(value: string): string {
  return escapeXml(xmlSafeText(value));
}

function linkOr(label: string, url: string | undefined): string {
  const href = safeHref(url);
  return href === undefined ? text(label) : `<a href="${escapeXml(href)}">${text(label)}</a>`;
}

/**
 * One self-contained, accessible HTML page: title, description, the inline SVG, the legend,
 * every topic's description and resources as nested lists, the FAQ, and schema.org FAQPage
 * data. No external requests; no script runs (the only script element is JSON-LD data).
 */
export function renderHtml(doc: RoadmapDocument, options: HtmlOptions): string {
  const words = uiMessages(doc);
  const legend = new Map((doc.legend ?? []).map((item) => [item.id, item]));
  const tag = (id: string | undefined) => {
    const item = id === undefined ? undefined : legend.get(id);
    return item ? ` <span class="tag">(${text(item.label)})</span>` : '';
  };
  const resources = (topic: Topic | Subtopic) =>
    topic.content?.resources?.length
      ? `<ul class="resources">${topic.content.resources
          .map(
            (r) => `<li><span class="tag">${text(r.type)}:</span> ${linkOr(r.title, r.url)}</li>`,
          )
          .join('')}</ul>`
      : '';
  const subtopics = (items: readonly Subtopic[] | undefined): string =>
    items?.length
      ? `<ul>${items
          .map(
            (item) =>
              `<li id="topic-${text(item.id)}">${linkOr(item.label, item.url)}${tag(item.legend)}${
                item.content?.description ? markdownToHtml(item.content.description) : ''
              }${resources(item)}${subtopics(item.subtopics)}</li>`,
          )
          .join('')}</ul>`
      : '';

  const faq = doc.faq ?? [];
  const jsonLd =
    faq.length === 0
      ? ''
      : `<script type="application/ld+json">${jsonForScriptBlock({
          '@context': 'https://schema.org',
          '@type': 'FAQPage',
          mainEntity: faq.map((entry) => ({
            '@type': 'Question',
            name: xmlSafeText(entry.question),
            acceptedAnswer: { '@type': 'Answer', text: markdownToText(entry.answer) },
          })),
        })}</script>`;

  const parts = [
    '<!doctype html>',
    `<html lang="${text(options.lang ?? doc.locale ?? 'en')}"${localeAttributes(options.lang ?? doc.locale).dir ? ' dir="rtl"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(doc.title)}</title>`,
    doc.description
      ? `<meta name="description" content="${text(markdownToText(doc.description))}">`
      : '',
    `<style>${STYLE}</style>`,
    jsonLd,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${text(doc.title)}</h1>`,
    doc.description ? markdownToHtml(doc.description) : '',
    ...(doc.callouts ?? []).map(
      (c) => `<p>${text(c.text)}: ${linkOr(c.linkLabel ?? c.url, c.url)}</p>`,
    ),
    '</header>',
    '<main>',
    `<figure aria-label="${text(`${doc.title} roadmap`)}">${options.svg.replace(/^<\?xml[^>]*>\s*/, '')}</figure>`,
    doc.legend?.length
      ? `<section aria-labelledby="legend-heading"><h2 id="legend-heading">${text(words.legend)}</h2><ul class="legend">${doc.legend
          .map(
            (item) =>
              `<li><span class="swatch" style="background:${text(legendColor(item.color))}"></span>${text(item.label)}</li>`,
          )
          .join('')}</ul></section>`
      : '',
    '<section aria-labelledby="topics-heading"><h2 id="topics-heading">${text(words.topics)}</h2><ol>',
    ...doc.topics.map(
      (topic) =>
        `<li class="topic" id="topic-${text(topic.id)}"><h3>${linkOr(topic.label, topic.url)}${tag(topic.legend)}</h3>${
          topic.content?.description ? markdownToHtml(topic.content.description) : ''
        }${resources(topic)}${subtopics(topic.subtopics)}</li>`,
    ),
    '</ol></section>',
    faq.length
      ? `<section aria-labelledby="faq-heading"><h2 id="faq-heading">${text(words.faq)}</h2>${faq
          .map((entry) => `<h3>${text(entry.question)}</h3>${markdownToHtml(entry.answer)}`)
          .join('\n')}</section>`
      : '',
    '</main>',
    '</body>',
    '</html>',
  ];
  return assertSafe(`${parts.filter((part) => part !== '').join('\n')}\n`);
}

/** Legend colours are validated hex or palette names; anything else falls back to gray. */
function legendColor(color: string): string {
  const hex = toHex(color);
  return /^#[0-9a-f]{6}$/.test(hex) ? hex : '#999999';
}
