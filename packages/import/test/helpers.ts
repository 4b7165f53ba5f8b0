import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoadmapDocument } from '@roadmapkit/schema';

export const fixtureDir = join(import.meta.dirname, 'fixtures');

export function readFixture(path: string): string {
  return readFileSync(join(fixtureDir, path), 'utf8');
}

export function loadJson(path: string): unknown {
  return JSON.parse(readFixture(path));
}

/** The files of a folder as the `content` option takes them: `content/<name>` → text. */
export function contentFiles(folder: string): Record<string, string> {
  const dir = join(fixtureDir, folder);
  return Object.fromEntries(
    readdirSync(dir).map((name) => [`content/${name}`, readFileSync(join(dir, name), 'utf8')]),
  );
}

type Element = NonNullable<RoadmapDocument['elements']>[number];
type Topic = RoadmapDocument['topics'][number];
type Subtopic = NonNullable<Topic['subtopics']>[number];

export function subtopicsOf(doc: RoadmapDocument): Subtopic[] {
  const out: Subtopic[] = [];
  const walk = (list: readonly Subtopic[] | undefined) => {
    for (const sub of list ?? []) {
      out.push(sub);
      walk(sub.subtopics);
    }
  };
  for (const topic of doc.topics) walk(topic.subtopics);
  return out;
}

/** Every text the document shows in a box, sorted: labels, paragraph texts, list items. */
export function documentTexts(doc: RoadmapDocument): string[] {
  const texts = [...doc.topics, ...subtopicsOf(doc)].map((node) => node.label);
  for (const element of doc.elements ?? []) texts.push(...elementTexts(element));
  return texts.sort();
}

function elementTexts(element: Element): string[] {
  switch (element.kind) {
    case 'paragraph':
      return [element.text];
    case 'checklist':
      return [...(element.label ? [element.label] : []), ...element.items.map((i) => i.label)];
    case 'links':
      return [...(element.label ? [element.label] : []), ...element.links.map((l) => l.label)];
    case 'section':
      return element.label ? [element.label] : [];
    case 'line':
      return [];
    default:
      return [element.label];
  }
}

/** Counts of each kind of node in a document. */
export function documentCounts(doc: RoadmapDocument): Record<string, number> {
  const counts: Record<string, number> = {
    topic: doc.topics.length,
    subtopic: subtopicsOf(doc).length,
  };
  for (const element of doc.elements ?? []) counts[element.kind] = (counts[element.kind] ?? 0) + 1;
  return counts;
}

/** The ids of every node of a document. */
export function documentIds(doc: RoadmapDocument): string[] {
  return [
    ...doc.topics.map((t) => t.id),
    ...subtopicsOf(doc).map((s) => s.id),
    ...(doc.elements ?? []).map((e) => e.id),
  ];
}
