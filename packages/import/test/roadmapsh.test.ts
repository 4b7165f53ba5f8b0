import type { RoadmapDocument } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromRoadmapSh } from '../src/index.js';
import { contentFiles, loadJson, readFixture, subtopicsOf } from './helpers.js';

interface EditorNode {
  id: string;
  type: string;
  data: { label: string };
}

const widgets = loadJson('roadmapsh/widgets.json') as { nodes: EditorNode[] };
const sourceId = (label: string) => widgets.nodes.find((n) => n.data.label === label)?.id;

function importWidgets(layout: 'manual' | 'auto' = 'manual'): RoadmapDocument {
  const result = fromRoadmapSh(widgets, {
    layout,
    frontmatter: readFixture('roadmapsh/widgets.md'),
    faqs: readFixture('roadmapsh/faqs.astro'),
    content: contentFiles('roadmapsh/content'),
  });
  if (!result.value) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const doc = importWidgets();
const byLabel = (label: string) =>
  [...doc.topics, ...subtopicsOf(doc)].find((node) => node.label === label);
const element = (kind: string) => (doc.elements ?? []).filter((e) => e.kind === kind);

describe('fromRoadmapSh on an editor file with every node type', () => {
  it('puts the topics on the spine from top to bottom, keeping their editor ids', () => {
    expect(doc.topics.map((t) => t.label)).toEqual(['Topic A', 'Topic B', 'Topic C', 'Topic D']);
    expect(doc.topics.map((t) => t.id)).toEqual(
      ['Topic A', 'Topic B', 'Topic C', 'Topic D'].map(sourceId),
    );
  });

  it('hangs each subtopic from the topic its edge joins, on the side of the handle', () => {
    const tree = doc.topics.map((t) => [
      t.label,
      (t.subtopics ?? []).map((s) => `${s.label}:${s.side}`),
    ]);
    expect(tree).toEqual([
      ['Topic A', ['Widgets:left', 'Gadgets:right']],
      ['Topic B', ['Gizmos:left']],
      ['Topic C', ['Sprockets:right', 'Cogs:right']],
      ['Topic D', []],
    ]);
  });

  const labelOf = (d: RoadmapDocument, id: string) =>
    [...d.topics, ...subtopicsOf(d), ...(d.elements ?? [])]
      .map((n) => ('label' in n && n.label ? [n.id, n.label] : [n.id, '']))
      .find(([nodeId]) => nodeId === id)?.[1];

  it('as authored, writes every edge of the source and draws only those (the tree is data)', () => {
    expect(doc.treeEdges).toBe('hidden');
    const edges = doc.edges?.map((e) => [labelOf(doc, e.from), labelOf(doc, e.to), e.style]);
    expect(edges).toHaveLength(12);
    expect(edges).toContainEqual(['Topic A', 'Topic B', 'solid']);
    expect(edges).toContainEqual(['Topic A', 'Widgets', 'dotted']);
    expect(edges).toContainEqual(['Topic A', 'Topic C', 'dotted']);
  });

  it('in an auto layout, writes only the edges the tree does not imply, with their style', () => {
    const auto = importWidgets('auto');
    expect(auto.treeEdges).toBeUndefined();
    const label = (id: string) => labelOf(auto, id);
    expect(auto.edges?.map((e) => [label(e.from), label(e.to), e.style])).toEqual([
      ['Topic A', 'Topic C', 'dotted'],
      ['Widgets', 'Topic D', 'solid'],
      ['Topic D', 'Other roadmap', 'dotted'],
      ['Cogs', 'Gadgets', 'solid'],
    ]);
  });

  it('makes the legend box the document legend, with ids made from the labels', () => {
    expect(doc.legend).toEqual([
      { id: 'personal-pick', label: 'Personal pick', color: '#874efe', shape: 'check-circle' },
      {
        id: 'alternative-option',
        label: 'Alternative option',
        color: '#2b78e4',
        shape: 'check-circle',
      },
      {
        id: 'order-not-strict',
        label: 'Order not strict',
        color: '#999999',
        shape: 'check-circle',
      },
      { id: 'deprecated', label: 'Deprecated', color: '#e06666', shape: 'check-circle' },
    ]);
  });

  it('gives each badge its legend item and its corner', () => {
    const badges = ['Widgets', 'Gadgets', 'Topic B', 'Gizmos', 'Sprockets', 'Cogs'].map((l) => {
      const node = byLabel(l);
      return [l, node?.legend, node?.badgeCorner];
    });
    expect(badges).toEqual([
      ['Widgets', 'personal-pick', 'right-center'],
      ['Gadgets', 'personal-pick', 'left-center'],
      ['Topic B', 'alternative-option', 'right-top'],
      ['Gizmos', 'order-not-strict', 'left-top'],
      ['Sprockets', 'deprecated', 'right-top'],
      ['Cogs', undefined, undefined],
    ]);
  });

  it('converts the nodes outside the tree into elements with their look', () => {
    const [title] = element('title');
    expect(title).toMatchObject({ label: 'Widgets Roadmap', fontSize: 28 });
    expect(element('paragraph')[0]).toMatchObject({
      text: 'Start with the **gadgets**, then the gizmos.',
      color: '#333333',
      background: 'none',
      borderColor: '#000000',
    });
    expect(element('label')[0]).toMatchObject({
      label: 'Made-up roadmap',
      url: 'https://example.com/about',
      color: '#2b78e4',
      fontSize: 15,
    });
    expect(
      element('button').map((b) => (b.kind === 'button' ? [b.label, b.url, b.badge] : [])),
    ).toEqual([
      ['Other roadmap', '/other-roadmap', undefined],
      ['Widget handbook', 'https://example.com/handbook', 'Free'],
    ]);
    expect(element('button')[0]).toMatchObject({ color: '#ffffff', background: '#4136d6' });
    expect(element('links')[0]).toMatchObject({
      label: 'Further reading',
      links: [
        { label: 'Gizmo notes', url: 'https://example.com/gizmo' },
        { label: 'Sprocket FAQ', url: '/sprocket' },
      ],
    });
    expect(element('checklist').map((c) => ('items' in c ? [c.label, c.items] : []))).toEqual([
      [
        'Before you start',
        [
          { id: 'ck1', label: 'Install the toolkit' },
          { id: 'ck2', label: 'Read the basics' },
        ],
      ],
      [undefined, [{ id: 'item-1', label: 'Practise daily' }]],
    ]);
  });

  it('frames the topics inside a section, and draws the editor lines through their boxes', () => {
    expect(element('section')[0]).toMatchObject({
      topics: [sourceId('Topic A'), sourceId('Topic B')],
      background: '#ffffff',
      borderColor: '#000000',
    });
    const lines = element('line').map((l) => ('from' in l ? [l.from, l.to, l.style, l.color] : []));
    // The picture's left-most point is x -460 and its top-most y -430 (the legend box's
    // top): both move to 0.
    expect(lines).toEqual([
      [{ x: 570, y: 1130 }, { x: 570, y: 1280 }, 'dotted', '#2b78e4'],
      [{ x: 260, y: 1320 }, { x: 680, y: 1320 }, 'solid', '#000000'],
      [{ x: 260, y: 1380 }, { x: 680, y: 1380 }, 'dashed', '#999999'],
    ]);
  });

  it('keeps positions as the top-left, shifted so the picture starts at (0, 0)', () => {
    expect(byLabel('Topic A')).toMatchObject({
      position: { x: 460, y: 430 },
      size: { width: 220, height: 49 },
    });
    expect(element('title')[0]).toMatchObject({ position: { x: 439.5, y: 9.8 } });
    expect(element('paragraph')[0]).toMatchObject({ position: { x: 0, y: 100 } });
    // The legend box (at 420, -430 in the editor) is where the legend is drawn.
    expect(doc.legendPosition).toEqual({ x: 880, y: 0 });
  });

  it('reads the frontmatter: title, description, tags, updated, id', () => {
    expect(doc).toMatchObject({
      id: 'widgets',
      title: 'Widgets Builder',
      description: 'A made-up roadmap about building widgets, step by step.',
      tags: ['widgets roadmap', 'widget builder'],
      updated: '2025-03-17',
    });
  });

  it('reads the FAQ array as data, answers joined as paragraphs', () => {
    expect(doc.faq).toEqual([
      {
        question: 'What is a widget?',
        answer:
          'A widget is a small made-up part. See the [widget notes](https://example.com/notes).\n\nIt\'s used in "every" example here.',
      },
      {
        question: 'How long does it take?',
        answer: 'About a week,\nif you practise daily.\n\nSome take longer.',
      },
      { question: 'Is it free?', answer: 'Yes — entirely.' },
    ]);
  });

  it('gives topics their content file: description and typed resources', () => {
    expect(byLabel('Topic A')?.content).toEqual({
      description:
        'Topic A is where every widget journey begins. It covers the *basic* parts.\n\nA second paragraph with a [plain link](https://example.com/plain).',
      resources: ['official', 'opensource', 'article', 'course', 'podcast', 'video', 'book'].map(
        (type) => expect.objectContaining({ type }),
      ),
    });
    expect(byLabel('Widgets')?.content).toEqual({ description: 'Small parts that do one thing.' });
    expect(byLabel('Topic D')?.content).toEqual({
      resources: [{ type: 'article', title: 'Topic D overview', url: 'https://example.com/d' }],
    });
  });

  it('in an auto layout, places elements near their nearest topic instead of pinning them', () => {
    const auto = importWidgets('auto');
    const near = (auto.elements ?? []).map((e) => [e.kind, 'near' in e ? e.near : undefined]);
    expect(near).toEqual([
      ['title', undefined],
      ['paragraph', sourceId('Topic A')],
      ['label', sourceId('Topic A')],
      ['button', sourceId('Topic A')],
      ['button', sourceId('Topic A')],
      ['links', sourceId('Topic A')],
      ['checklist', sourceId('Topic A')],
      ['checklist', sourceId('Topic A')],
      ['section', undefined],
    ]);
  });
});

describe('fromRoadmapSh on every handle pair', () => {
  const result = fromRoadmapSh(loadJson('roadmapsh/handles.json'));
  const subtopics = result.value ? subtopicsOf(result.value) : [];

  it.each(subtopics.map((s) => [s.label, s.side]))('%s', (label, side) => {
    expect(label).toContain(`(${side})`);
  });

  it('covers all twelve subtopics, each hanging from the topic it is linked to', () => {
    expect(result.value?.topics.map((t) => [t.label, t.subtopics?.length])).toEqual([
      ['Hub', 10],
      ['Rim', 2],
    ]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['missing-title']);
    // As authored: the twelve source edges are the picture's edges, the tree draws none.
    expect(result.value?.edges).toHaveLength(13);
    expect(result.value?.treeEdges).toBe('hidden');
    const auto = fromRoadmapSh(loadJson('roadmapsh/handles.json'), { layout: 'auto' });
    expect(auto.value?.edges).toBeUndefined();
  });
});

describe('fromRoadmapSh on a file with only subtopics', () => {
  it('makes them the topics of the spine, with a warning', () => {
    const result = fromRoadmapSh(loadJson('roadmapsh/subtopics-only.json'));
    expect(result.value?.topics.map((t) => t.label)).toEqual(['Part one', 'Part two']);
    expect(result.value?.title).toBe('Parts only');
    expect(result.issues).toMatchObject([{ code: 'promoted-subtopics', severity: 'warning' }]);
  });
});
