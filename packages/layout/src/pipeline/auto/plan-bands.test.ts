import { createMeasurer } from '@roadmapkit/fonts';
import { expect, it } from 'vitest';
import { parse } from '../../../test/parse.js';
import { resolveOptions } from '../../resolve-options.js';
import { collectModel } from '../model/collect-model.js';
import { measureNode } from '../model/measure-nodes.js';
import { planBands } from './plan-bands.js';

const options = resolveOptions({ measurer: createMeasurer() });

function plan(yaml: string) {
  const model = collectModel(parse(yaml));
  const measured = new Map(model.nodes.map((n) => [n.id, measureNode(n, options, [])]));
  return planBands(model, measured, options.gaps, (n) => n.position !== undefined);
}

it('keeps written sides and balances the others, nested ones following their parent', () => {
  const result = plan(`
schemaVersion: 1
id: sides
title: Sides
topics:
  - id: t
    label: Topic
    subtopics:
      - { id: a, label: A, side: left }
      - { id: b, label: B, side: left }
      - { id: c, label: C }
      - { id: d, label: D, subtopics: [{ id: d1, label: D1 }] }
      - { id: e, label: E }
`);
  const side = (id: string) => result.sides.get(id);
  expect([side('a'), side('b'), side('c'), side('d'), side('d1'), side('e')]).toEqual([
    'left',
    'left',
    'right',
    'right',
    'right',
    'left',
  ]);
  const [band] = result.bands;
  expect(band?.left.map((i) => i.id)).toEqual(['a', 'b', 'e']);
  expect(band?.right.map((i) => i.id)).toEqual(['c', 'd']);
});

it('places elements beside the topic they name, on the lighter side, and the rest free', () => {
  const result = plan(`
schemaVersion: 1
id: elements
title: Elements
topics:
  - id: t
    label: Topic
    subtopics: [{ id: a, label: A, side: left }, { id: b, label: B, side: right }]
  - id: u
    label: Other
    subtopics: [{ id: u1, label: U1, side: right }]
elements:
  - { kind: button, id: near-t, label: Go, url: "https://example.com", near: t }
  - { kind: label, id: near-u, label: Note, near: u }
  - { kind: label, id: near-b, label: Note, near: b }
  - { kind: paragraph, id: free, text: Hello }
  - { kind: label, id: pinned, label: Here, position: { x: 0, y: 0 } }
`);
  expect(result.sides.get('near-t')).toBe('right');
  expect(result.sides.get('near-u')).toBe('left');
  expect(result.sides.get('near-b')).toBe('right');
  expect(result.bandOf.get('near-t')).toBe('t');
  expect(result.bands[0]?.right.map((i) => i.id)).toEqual(['b', 'near-t', 'near-b']);
  expect(result.free).toEqual(['free']);
});

it('gives every topic the widest topic width unless its size is pinned', () => {
  const result = plan(`
schemaVersion: 1
id: widths
title: Widths
topics:
  - { id: a, label: A }
  - { id: b, label: A much longer topic label }
  - { id: c, label: C, size: { width: 50, height: 30 } }
`);
  const widths = result.bands.map((b) => b.topic.width);
  expect(widths[0]).toBe(widths[1]);
  expect(widths[0]).toBeGreaterThan(100);
  expect(widths[2]).toBe(50);
});
