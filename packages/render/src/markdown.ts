import { type RoadmapDocument, requireDocument, toGraph } from '@roadmapkit/schema';
import { markdownBlock } from './markdown/markdown-block.js';

type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];
type Content = NonNullable<Topic['content']>;

/** Escapes text so Markdown shows it as written (no links, emphasis or HTML from labels). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** A URL inside `(…)`: spaces and parentheses encoded so the link cannot break out. */
function linkTarget(url: string): string {
  return url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function link(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${linkTarget(url)})`;
}

/**
 * The roadmap as a Markdown outline: the title and description, the legend, the topics in
 * spine order with their subtopics nested, legend markers, descriptions and resources,
 * the other elements, and the FAQ. Markdown in descriptions and answers is
 * written back from its parse: links cleaned, headings nested under the outline's own.
 * Throws `RoadmapInputError` (from @roadmapkit/schema) when `doc` is not a roadmap document.
 */
export function renderMarkdown(doc: RoadmapDocument): string {
  requireDocument(doc, 'renderMarkdown');
  const legend = new Map((doc.legend ?? []).map((item) => [item.id, item.label]));
  const marker = (id: string | undefined) =>
    id && legend.has(id) ? ` _(${escapeMarkdown(legend.get(id) ?? '')})_` : '';
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ''];
  if (doc.description) out.push(markdownBlock(doc.description, 1), '');
  for (const callout of doc.callouts ?? []) {
    out.push(
      `> ${escapeMarkdown(callout.text)}: ${link(callout.linkLabel ?? callout.url, callout.url)}`,
      '',
    );
  }
  if (doc.legend?.length) {
    out.push('**Legend**', '');
    for (const item of doc.legend) out.push(`- _(${escapeMarkdown(item.label)})_`);
    out.push('');
  }

  const resources = (content: Content | undefined, indent: string) => {
    for (const resource of content?.resources ?? []) {
      out.push(`${indent}- ${resource.type}: ${link(resource.title, resource.url)}`);
    }
  };
  const subtopics = (items: readonly Subtopic[] | undefined, depth: number) => {
    for (const item of items ?? []) {
      const indent = '  '.repeat(depth);
      const label = item.url ? link(item.label, item.url) : escapeMarkdown(item.label);
      const description = item.content?.description
        ? markdownBlock(item.content.description, 3)
        : '';
      const [first = '', ...more] = description.includes('\n\n')
        ? ['', description]
        : [description.replace(/\n/g, ' ')];
      out.push(`${indent}- ${label}${marker(item.legend)}${first ? ` — ${first}` : ''}`);
      for (const block of more)
        out.push('', ...block.split('\n').map((line) => (line ? `${indent}  ${line}` : '')), '');
      resources(item.content, `${indent}  `);
      subtopics(item.subtopics, depth + 1);
    }
  };

  const topics = new Map(doc.topics.map((topic) => [topic.id, topic]));
  const order = toGraph(doc).spine;
  const rest = doc.topics.filter((topic) => !order.includes(topic.id)).map((topic) => topic.id);
  [...order, ...rest].forEach((id, i) => {
    const topic = topics.get(id);
    if (!topic) return;
    const label = topic.url ? link(topic.label, topic.url) : escapeMarkdown(topic.label);
    out.push(`## ${i + 1}. ${label}${marker(topic.legend)}`, '');
    if (topic.content?.description) out.push(markdownBlock(topic.content.description, 2), '');
    if (topic.content?.resources?.length) {
      out.push('Resources:', '');
      resources(topic.content, '');
      out.push('');
    }
    if (topic.subtopics?.length) {
      subtopics(topic.subtopics, 0);
      out.push('');
    }
  });

  const elements = doc.elements ?? [];
  const extras: string[] = [];
  for (const element of elements) {
    if (element.kind === 'paragraph') extras.push(markdownBlock(element.text, 2), '');
    else if (element.kind === 'button') extras.push(`- ${link(element.label, element.url)}`, '');
    else if (element.kind === 'label')
      extras.push(
        element.url ? `- ${link(element.label, element.url)}` : escapeMarkdown(element.label),
        '',
      );
    else if (element.kind === 'checklist') {
      if (element.label) extras.push(`**${escapeMarkdown(element.label)}**`, '');
      for (const item of element.items) extras.push(`- [ ] ${escapeMarkdown(item.label)}`);
      extras.push('');
    }
  }
  if (extras.length > 0) out.push('## Also on this roadmap', '', ...extras);

  if (doc.faq?.length) {
    out.push('## Frequently asked questions', '');
    for (const entry of doc.faq)
      out.push(`### ${escapeMarkdown(entry.question)}`, '', markdownBlock(entry.answer, 3), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
