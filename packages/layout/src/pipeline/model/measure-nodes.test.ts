import { createMeasurer } from '@roadmapkit/fonts';
import { expect, it } from 'vitest';
import type { LayoutWarning } from '../../positioned-roadmap.js';
import { resolveOptions } from '../../resolve-options.js';
import { baseNode } from './element-node.js';
import { ceil2, measureNode } from './measure-nodes.js';
import type { ModelNode } from './model.js';

const options = resolveOptions({ measurer: createMeasurer() });
const subtopic = (text: string, size?: { width: number; height: number }): ModelNode => ({
  ...baseNode('n', 'subtopic', 0),
  size,
  text: { kind: 'label', text },
});

it('sizes a box to its wrapped text plus padding', () => {
  const m = measureNode(
    subtopic('Relational databases and object-relational mappers, with migrations'),
    options,
    [],
  );
  expect(m.text.rows[0]?.lines.length).toBeGreaterThan(1);
  expect(m.text.width).toBeLessThanOrEqual(200);
  expect(m.width).toBe(ceil2(m.text.width + 24));
  expect(m.height).toBe(ceil2(m.text.height + 12));
  expect(m.sizePinned).toBe(false);
});

it('keeps a pinned size and wraps to it, with less padding when the box is small', () => {
  const warnings: LayoutWarning[] = [];
  const m = measureNode(
    subtopic('Relational databases', { width: 40, height: 300 }),
    options,
    warnings,
  );
  expect([m.width, m.height]).toEqual([40, 300]);
  expect(m.padding.x).toBeLessThanOrEqual(10);
  for (const line of m.text.rows[0]?.lines ?? [])
    expect(line.width).toBeLessThanOrEqual(40 - 2 * m.padding.x);
  // Even at the smallest font "Relational" is wider than the box: a word is cut, and that is said.
  expect(warnings.map((w) => w.code)).toEqual(['label-overflow']);
});

it('drops the side padding when one character would not fit, and warns when it still cannot', () => {
  const warnings: LayoutWarning[] = [];
  const m = measureNode(subtopic('W', { width: 18, height: 40 }), options, warnings);
  expect(m.padding.x).toBe(0);
  const tiny = measureNode(subtopic('W', { width: 4, height: 30 }), options, warnings);
  expect(tiny.width).toBe(4);
  expect(warnings.map((w) => w.code)).toEqual(['label-overflow']);
});

it('rounds up to the next hundredth', () => {
  expect(ceil2(1.001)).toBe(1.01);
  expect(ceil2(1.2)).toBe(1.2);
  expect(ceil2(3)).toBe(3);
});
