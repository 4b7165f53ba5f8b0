import { RESOURCE_TYPES, type RoadmapDocument, toGraph } from '@roadmapkit/schema';
import { markdownToHtml } from '../markdown/markdown-html.js';
import type { UiMessages } from '../ui-messages.js';
import type { PageWords } from './page-words.js';
import { linkOr, text } from './text.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];
type Content = NonNullable<Topic['content']>;
/** The page's words and the fixed word for "Resources". */
type ArticleWords = PageWords & Pick<UiMessages, 'resources'>;
/** Resources grouped by type, in the schema's order of types, as lists of real links. */
function resources(content: Content | undefined, words: ArticleWords): string {
  const all = content?.resources ?? [];
  const groups = RESOURCE_TYPES.map((type) => ({
    type,
    items: all.filter((resource) => resource.type === type),
  })).filter((group) => group.items.length > 0);
  if (groups.length === 0) return '';
  return `<section class="rk-resources" aria-label="${text(words.resources)}">${groups
    .map(
      (group) =>
        `<h4>${text(words.resourceTypes[group.type])}</h4><ul>${group.items
          .map((resource) => `<li>${linkOr(resource.title, resource.url)}</li>`)
          .join('')}</ul>`,
    )
    .join('')}</section>`;
}

/**
 * Every topic and subtopic as an article (`#topic-<id>`) in reading order: the spine's
 * topics, each followed by its subtopics. Each holds its label, legend tag, link, Markdown
 * description, resources by type and links to its subtopics. Without script these are the
 * sections the picture's boxes link to; with script the topic panel shows the same content.
 */
export function topicArticles(doc: RoadmapDocument, words: ArticleWords): string {
  const legend = new Map((doc.legend ?? []).map((item) => [item.id, item.label]));
  const out: string[] = [];
  const article = (item: Topic | Subtopic) => {
    const tag = item.legend && legend.has(item.legend);
    const visit = item.url
      ? `<p class="rk-visit">${linkOr(
          words.visit.replace('{label}', () => item.label),
          item.url,
        )}</p>`
      : '';
    const description = item.content?.description
      ? markdownToHtml(item.content.description, { headingOffset: 3, idPrefix: `${item.id}-` })
      : '';
    const children = item.subtopics?.length
      ? `<h4>${text(words.subtopics)}</h4><ul>${item.subtopics
          .map((child) => `<li><a href="#topic-${text(child.id)}">${text(child.label)}</a></li>`)
          .join('')}</ul>`
      : '';
    const body = `${visit}${description}${resources(item.content, words)}${children}`;
    out.push(
      `<article class="rk-article" id="topic-${text(item.id)}" data-topic="${text(item.id)}"><h3><span class="rk-label">${text(item.label)}</span>${
        tag ? ` <span class="tag">(${text(legend.get(item.legend ?? '') ?? '')})</span>` : ''
      }</h3><div class="rk-article-body">${body || `<p class="tag">${text(words.noDescription)}</p>`}</div></article>`,
    );
    for (const child of item.subtopics ?? []) article(child);
  };
  const byId = new Map(doc.topics.map((topic) => [topic.id, topic]));
  const spine = toGraph(doc).spine.filter((id) => byId.has(id));
  const rest = doc.topics.filter((topic) => !spine.includes(topic.id)).map((topic) => topic.id);
  for (const id of [...spine, ...rest]) {
    const topic = byId.get(id);
    if (topic) article(topic);
  }
  return out.join('\n');
}

/** How many topics and subtopics the page has (the progress bar's whole). */
export function topicCount(doc: RoadmapDocument): number {
  const count = (items: readonly Subtopic[] | undefined): number =>
    (items ?? []).reduce((n, item) => n + 1 + count(item.subtopics), 0);
  return doc.topics.reduce((n, topic) => n + 1 + count(topic.subtopics), 0);
}
