import { expect, it } from 'vitest';
import { parse } from '../../../test/parse.js';
import { collectModel } from './collect-model.js';

const doc = parse(`
schemaVersion: 1
id: model
title: Model
spine: [b, a]
topics:
  - id: a
    label: A
    subtopics:
      - { id: a1, label: A1, side: right, subtopics: [{ id: a1x, label: A1x }] }
  - { id: b, label: B }
  - { id: c, label: C }
elements:
  - { kind: title, id: heading, label: Heading }
  - { kind: paragraph, id: p, text: "Some **bold** text", near: a }
  - { kind: checklist, id: list, label: Steps, items: [{ id: one, label: One }] }
  - { kind: section, id: sec, label: Part, topics: [a] }
edges:
  - { from: a1x, to: c, style: dotted }
`);

it('lists the boxes in document order with their tree', () => {
  const model = collectModel(doc);
  expect(model.nodes.map((n) => `${n.kind}:${n.id}`)).toEqual([
    'topic:a',
    'subtopic:a1',
    'subtopic:a1x',
    'topic:b',
    'topic:c',
    'paragraph:p',
    'checklist:list',
  ]);
  const a1x = model.byId.get('a1x');
  expect([a1x?.topic, a1x?.parent, a1x?.depth]).toEqual(['a', 'a1', 2]);
  expect(model.byId.get('a1')?.authoredSide).toBe('right');
  expect(model.byId.get('a')?.children).toEqual(['a1']);
});

it('keeps the spine order, puts topics left off it after, and reads the other parts', () => {
  const model = collectModel(doc);
  expect(model.bands).toEqual(['b', 'a', 'c']);
  expect(model.spineLength).toBe(2);
  expect(model.titleElement?.id).toBe('heading');
  expect(model.sections.map((s) => [s.id, s.topics])).toEqual([['sec', ['a']]]);
  expect(model.byId.get('p')?.text).toEqual({ kind: 'label', text: 'Some bold text' });
  expect(model.byId.get('list')?.text).toMatchObject({
    kind: 'list',
    heading: 'Steps',
    marker: true,
  });
  expect(model.edges.map((e) => `${e.origin}:${e.from}->${e.to}`)).toEqual([
    'spine:b->a',
    'branch:a->a1',
    'branch:a1->a1x',
    'explicit:a1x->c',
  ]);
});

it('skips, with a warning, what an unchecked document gets wrong', () => {
  const broken = {
    ...doc,
    topics: [...doc.topics, { id: 'a', label: 'Again' }],
    edges: [{ from: 'a', to: 'nowhere', style: 'solid' as const }],
  };
  const model = collectModel(broken);
  expect(model.nodes.filter((n) => n.id === 'a')).toHaveLength(1);
  expect(model.warnings.map((w) => w.code)).toEqual(['duplicate-id', 'edge-skipped']);
  expect(model.edges.some((e) => e.to === 'nowhere')).toBe(false);
});
