import { type RoadmapDocument, roadmapDocument } from '../src/model/document.js';

/** A small valid document as plain data; tests change a copy of it. */
export function sampleData(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Sample',
    legend: [{ id: 'rec', label: 'Recommended', color: 'purple' }],
    topics: [
      {
        id: 'internet',
        label: 'Internet',
        legend: 'rec',
        subtopics: [
          {
            id: 'dns',
            label: 'DNS',
            side: 'left',
            subtopics: [{ id: 'records', label: 'Records' }],
          },
          { id: 'http', label: 'HTTP', side: 'right', url: 'https://example.com/http' },
        ],
      },
      { id: 'git', label: 'Git' },
    ],
    elements: [
      { kind: 'paragraph', id: 'intro', text: 'Start here.', near: 'internet' },
      { kind: 'checklist', id: 'todo', items: [{ id: 'a', label: 'Read' }] },
      { kind: 'section', id: 'basics', label: 'Basics', topics: ['internet', 'git'] },
    ],
    edges: [{ from: 'records', to: 'git', style: 'dotted' }],
  };
}

/**
 * The sample after `change`, checked for shape only (the rules under test are not run),
 * so a test can build a document that breaks exactly one rule.
 */
export function sampleDocument(
  change: (data: Record<string, unknown>) => void = () => {},
): RoadmapDocument {
  const data = sampleData();
  change(data);
  return roadmapDocument.parse(data);
}
