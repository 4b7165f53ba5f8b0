import { createMeasurer } from '@roadmapkit/fonts';
import { expect, it } from 'vitest';
import { parse } from '../../../test/parse.js';
import { resolveOptions } from '../../resolve-options.js';
import { measureLegend } from './legend-layout.js';

const options = resolveOptions({ measurer: createMeasurer() });

it('puts a badge then a label on each row, inside the box', () => {
  const doc = parse(`
schemaVersion: 1
id: legend
title: Legend
legend:
  - { id: a, label: Personal recommendation, color: purple }
  - { id: b, label: Alternative option – pick this or the purple one instead, color: green, shape: circle }
topics: [{ id: t, label: T }]
`);
  const legend = measureLegend(doc, options);
  const placed = legend?.place(100, 50);
  expect(placed?.box).toEqual({ x: 100, y: 50, width: legend?.width, height: legend?.height });
  expect(placed?.items.map((i) => [i.id, i.color, i.shape])).toEqual([
    ['a', 'purple', 'check-circle'],
    ['b', 'green', 'circle'],
  ]);
  const [first, second] = placed?.items ?? [];
  expect(first?.badge.center.x).toBe(100 + 12 + 8);
  expect(second?.lines.length).toBeGreaterThan(1);
  expect(second?.badge.center.y).toBeGreaterThan(first?.badge.center.y ?? 0);
  for (const item of placed?.items ?? [])
    for (const line of item.lines) {
      expect(line.x).toBeGreaterThan(item.badge.center.x + item.badge.radius);
      expect(line.x + line.width).toBeLessThanOrEqual(100 + (legend?.width ?? 0));
    }
});

it('has no legend box without legend items', () => {
  expect(
    measureLegend(
      parse('schemaVersion: 1\nid: x\ntitle: X\ntopics: [{ id: t, label: T }]'),
      options,
    ),
  ).toBe(undefined);
});
