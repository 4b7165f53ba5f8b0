import {
  type RoadmapDocument,
  type RoadmapDocumentInput,
  roadmapDocument,
} from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { diffRoadmaps, hasChanges } from './index.js';

const BASE: RoadmapDocumentInput = {
  schemaVersion: 1,
  id: 'demo',
  title: 'Demo',
  legend: [
    { id: 'rec', label: 'Recommended', color: 'purple' },
    { id: 'alt', label: 'Alternative', color: 'green' },
  ],
  topics: [
    {
      id: 'basics',
      label: 'Basics',
      legend: 'rec',
      content: {
        description: 'Start here.',
        resources: [{ type: 'article', title: 'Intro', url: 'https://example.com/intro' }],
      },
      subtopics: [
        { id: 'a', label: 'A', side: 'left' },
        { id: 'b', label: 'B', side: 'left' },
        { id: 'c', label: 'C', side: 'left' },
        { id: 'd', label: 'D', side: 'right', subtopics: [{ id: 'd1', label: 'D one' }] },
      ],
    },
    { id: 'next', label: 'Next', url: 'https://example.com/next' },
    { id: 'last', label: 'Last' },
  ],
  elements: [{ kind: 'paragraph', id: 'note', text: 'A note.' }],
  edges: [{ from: 'a', to: 'next', style: 'dotted' }],
  faq: [
    { question: 'Who is it for?', answer: 'Everyone.' },
    { question: 'How long?', answer: 'A year.' },
  ],
};

function make(edit: (doc: RoadmapDocumentInput) => void): RoadmapDocument {
  const copy = structuredClone(BASE);
  edit(copy);
  return roadmapDocument.parse(copy);
}

const topic = (doc: RoadmapDocumentInput, i: number) =>
  doc.topics[i] as NonNullable<(typeof doc.topics)[number]>;
const subs = (doc: RoadmapDocumentInput) => topic(doc, 0).subtopics ?? [];

const CASES: Array<{
  name: string;
  edit: (doc: RoadmapDocumentInput) => void;
  changes: Array<{ kind: string; target: string; id: string; message: string }>;
  nodes?: Record<string, string>;
}> = [
  {
    name: 'a subtopic added',
    edit: (doc) => subs(doc).push({ id: 'e', label: 'E', side: 'right' }),
    changes: [{ kind: 'added', target: 'subtopic', id: 'e', message: 'added under "Basics"' }],
    nodes: { e: 'added' },
  },
  {
    name: 'a topic removed with its subtopics',
    edit: (doc) => {
      doc.topics = [topic(doc, 1), topic(doc, 2)];
      doc.edges = [];
    },
    changes: [
      { kind: 'removed', target: 'edge', id: 'a->next', message: 'dotted edge removed' },
      { kind: 'removed', target: 'topic', id: 'basics', message: 'removed from the spine' },
      { kind: 'removed', target: 'subtopic', id: 'a', message: 'removed from under "Basics"' },
      { kind: 'removed', target: 'subtopic', id: 'b', message: 'removed from under "Basics"' },
      { kind: 'removed', target: 'subtopic', id: 'c', message: 'removed from under "Basics"' },
      { kind: 'removed', target: 'subtopic', id: 'd', message: 'removed from under "Basics"' },
      { kind: 'removed', target: 'subtopic', id: 'd1', message: 'removed from under "D"' },
    ],
  },
  {
    name: 'a topic renamed (same id, new label)',
    edit: (doc) => {
      topic(doc, 1).label = 'Next steps';
    },
    changes: [
      { kind: 'renamed', target: 'topic', id: 'next', message: 'renamed "Next" → "Next steps"' },
    ],
    nodes: { next: 'changed' },
  },
  {
    name: 'a subtopic moved to another parent',
    edit: (doc) => {
      const list = subs(doc);
      const [c] = list.splice(2, 1);
      topic(doc, 1).subtopics = [c as NonNullable<typeof c>];
    },
    changes: [
      {
        kind: 'moved',
        target: 'subtopic',
        id: 'c',
        message: 'moved from under "Basics" to under "Next"',
      },
    ],
  },
  {
    name: 'a subtopic moved to the other side',
    edit: (doc) => {
      (subs(doc)[0] as { side?: string }).side = 'right';
    },
    changes: [
      {
        kind: 'moved',
        target: 'subtopic',
        id: 'a',
        message: 'moved from the left side to the right side',
      },
    ],
  },
  {
    name: 'a nested subtopic follows its parent to the other side',
    edit: (doc) => {
      (subs(doc)[3] as { side?: string }).side = 'left';
    },
    changes: [
      {
        kind: 'moved',
        target: 'subtopic',
        id: 'd',
        message: 'moved from the right side to the left side',
      },
      {
        kind: 'moved',
        target: 'subtopic',
        id: 'd1',
        message: 'moved from the right side to the left side',
      },
    ],
  },
  {
    name: 'one subtopic moved down the list reports that one only',
    edit: (doc) => {
      const list = subs(doc);
      const [a] = list.splice(0, 1);
      list.splice(2, 0, a as NonNullable<typeof a>);
    },
    changes: [
      {
        kind: 'moved',
        target: 'subtopic',
        id: 'a',
        message: 'moved from position 1 to 3 under "Basics"',
      },
    ],
  },
  {
    name: 'topics reordered on the spine',
    edit: (doc) => {
      doc.topics = [topic(doc, 0), topic(doc, 2), topic(doc, 1)];
    },
    changes: [
      {
        kind: 'moved',
        target: 'topic',
        id: 'next',
        message: 'moved from position 2 to 3 on the spine',
      },
    ],
  },
  {
    name: 'a description changed',
    edit: (doc) => {
      (topic(doc, 0).content as { description?: string }).description = 'Start somewhere.';
    },
    changes: [{ kind: 'content', target: 'topic', id: 'basics', message: 'description changed' }],
  },
  {
    name: 'resources added, removed and retitled',
    edit: (doc) => {
      (topic(doc, 0).content as { resources?: unknown[] }).resources = [
        { type: 'video', title: 'Talk', url: 'https://example.com/talk' },
      ];
      topic(doc, 1).content = {
        resources: [{ type: 'official', title: 'Docs', url: 'https://example.com/docs' }],
      };
    },
    changes: [
      {
        kind: 'resources',
        target: 'topic',
        id: 'basics',
        message: 'resources: 1 added ("Talk"), 1 removed ("Intro")',
      },
      { kind: 'resources', target: 'topic', id: 'next', message: 'resources: 1 added ("Docs")' },
    ],
  },
  {
    name: 'a badge changed, added and removed',
    edit: (doc) => {
      topic(doc, 0).legend = 'alt';
      topic(doc, 2).legend = 'rec';
    },
    changes: [
      { kind: 'legend', target: 'topic', id: 'basics', message: 'badge "rec" → "alt"' },
      { kind: 'legend', target: 'topic', id: 'last', message: 'badge "rec" added' },
    ],
  },
  {
    name: 'a link changed and removed',
    edit: (doc) => {
      topic(doc, 1).url = 'https://example.org/next';
      topic(doc, 2).url = 'https://example.org/last';
    },
    changes: [
      {
        kind: 'link',
        target: 'topic',
        id: 'next',
        message: 'link https://example.com/next → https://example.org/next',
      },
      {
        kind: 'link',
        target: 'topic',
        id: 'last',
        message: 'link added: https://example.org/last',
      },
    ],
  },
  {
    name: 'a legend item renamed and recoloured, one removed',
    edit: (doc) => {
      doc.legend = [{ id: 'rec', label: 'Recommended first', color: 'blue' }];
      delete topic(doc, 0).legend;
    },
    changes: [
      {
        kind: 'renamed',
        target: 'legend-item',
        id: 'rec',
        message: 'renamed "Recommended" → "Recommended first"',
      },
      {
        kind: 'changed',
        target: 'legend-item',
        id: 'rec',
        message: 'badge purple check-circle → blue check-circle',
      },
      { kind: 'removed', target: 'legend-item', id: 'alt', message: 'removed from the legend' },
      { kind: 'legend', target: 'topic', id: 'basics', message: 'badge "rec" removed' },
    ],
  },
  {
    name: 'FAQ: an answer changed, a question added, one removed',
    edit: (doc) => {
      doc.faq = [
        { question: 'Who is it for?', answer: 'Anyone.' },
        { question: 'Is it free?', answer: 'Yes.' },
      ];
    },
    changes: [
      { kind: 'content', target: 'faq', id: 'Who is it for?', message: 'answer changed' },
      { kind: 'added', target: 'faq', id: 'Is it free?', message: 'question added' },
      { kind: 'removed', target: 'faq', id: 'How long?', message: 'question removed' },
    ],
  },
  {
    name: 'FAQ reordered',
    edit: (doc) => {
      doc.faq = [...(doc.faq ?? [])].reverse();
    },
    changes: [
      { kind: 'moved', target: 'faq', id: 'Who is it for?', message: 'moved from position 1 to 2' },
    ],
  },
  {
    name: 'title, description and metadata',
    edit: (doc) => {
      doc.title = 'Demo 2';
      doc.description = 'New.';
      doc.tags = ['x'];
    },
    changes: [
      { kind: 'renamed', target: 'document', id: 'title', message: 'title "Demo" → "Demo 2"' },
      { kind: 'content', target: 'document', id: 'description', message: 'description changed' },
      { kind: 'changed', target: 'document', id: 'tags', message: 'changed tags' },
    ],
  },
  {
    name: 'an element text changed (not a rename) and a pinned position',
    edit: (doc) => {
      doc.elements = [
        { kind: 'paragraph', id: 'note', text: 'Another note.', position: { x: 1, y: 2 } },
      ];
    },
    changes: [
      { kind: 'content', target: 'element', id: 'note', message: 'text changed' },
      { kind: 'changed', target: 'element', id: 'note', message: 'changed position' },
    ],
  },
  {
    name: 'an edge restyled and one added',
    edit: (doc) => {
      doc.edges = [
        { from: 'a', to: 'next', style: 'dashed' },
        { from: 'b', to: 'last' },
      ];
    },
    changes: [
      { kind: 'changed', target: 'edge', id: 'a->next', message: 'edge dotted → dashed' },
      { kind: 'added', target: 'edge', id: 'b->last', message: 'solid edge added' },
    ],
  },
];

describe('diffRoadmaps', () => {
  it.each(CASES)('$name', ({ edit, changes, nodes }) => {
    const diff = diffRoadmaps(
      make(() => {}),
      make(edit),
    );
    expect(
      diff.changes.map(({ kind, target, id, message }) => ({ kind, target, id, message })),
    ).toEqual(changes);
    if (nodes) expect(diff.nodes).toEqual(nodes);
    expect(hasChanges(diff)).toBe(true);
  });

  it('finds nothing between a document and itself, written in another key order', () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value;
    const reordered = reverseKeys(make(() => {})) as RoadmapDocument;
    expect(Object.keys(reordered)[0]).not.toBe('schemaVersion');
    const diff = diffRoadmaps(
      make(() => {}),
      reordered,
    );
    expect(diff.changes).toEqual([]);
    expect(hasChanges(diff)).toBe(false);
  });

  it('counts each kind and marks nodes added, changed and removed for a picture', () => {
    const diff = diffRoadmaps(
      make(() => {}),
      make((doc) => {
        topic(doc, 1).label = 'Onward';
        topic(doc, 1).url = 'https://example.com/onward';
        subs(doc).splice(1, 1);
        subs(doc).push({ id: 'z', label: 'Z' });
      }),
    );
    expect(diff.counts).toMatchObject({ added: 1, removed: 1, renamed: 1, link: 1, moved: 0 });
    expect(diff.nodes).toEqual({ next: 'changed', z: 'added', b: 'removed' });
  });
});
