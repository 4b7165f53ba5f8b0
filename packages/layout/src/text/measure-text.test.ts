import { createMeasurer } from '@roadmapkit/fonts';
import { expect, it } from 'vitest';
import { measureText } from './measure-text.js';
import { placeText } from './place-text.js';

const measurer = createMeasurer();
const font = { size: 14, weight: 'regular' as const };

it('wraps each row to the width and adds up the heights', () => {
  const text = measureText(
    measurer,
    [
      { text: 'Relational databases and ORMs', font },
      { text: 'Install Git', font, marker: true, id: 'git' },
    ],
    120,
    6,
  );
  const [label, item] = text.rows;
  expect(label?.lines.map((l) => l.text)).toEqual(['Relational', 'databases and', 'ORMs']);
  expect(item?.indent).toBeGreaterThan(0);
  expect(item?.marker).toBeGreaterThan(0);
  expect(item?.id).toBe('git');
  expect(text.width).toBeLessThanOrEqual(120);
  const lh = measurer.lineHeight(14);
  expect(text.height).toBeCloseTo(4 * lh + 6, 6);
});

it('places lines centred or from the left, with baselines one line height apart', () => {
  const text = measureText(measurer, [{ text: 'Relational databases and ORMs', font }], 120, 0);
  const content = { x: 100, y: 50, width: 200, height: 100 };
  const [centred] = placeText(content, text, 'center');
  const [start] = placeText(content, text, 'start');
  const lh = measurer.lineHeight(14);
  for (const line of centred?.lines ?? []) {
    expect(line.x + line.width / 2).toBeCloseTo(200, 6);
  }
  expect(start?.lines.map((l) => l.x)).toEqual([100, 100, 100]);
  const ys = centred?.lines.map((l) => l.y) ?? [];
  expect((ys[1] ?? 0) - (ys[0] ?? 0)).toBeCloseTo(lh, 6);
  // The block is centred vertically: as much room above the first line as below the last.
  const top = (centred?.box.y ?? 0) - content.y;
  const bottom = content.y + content.height - ((centred?.box.y ?? 0) + (centred?.box.height ?? 0));
  expect(top).toBeCloseTo(bottom, 6);
});

it('puts the check box of an item on its first line', () => {
  const text = measureText(measurer, [{ text: 'Install Git', font, marker: true }], 200, 0);
  const [row] = placeText({ x: 0, y: 0, width: 200, height: 40 }, text, 'start');
  expect(row?.marker).toBeDefined();
  expect(row?.marker?.x).toBe(0);
  expect(row?.lines[0]?.x).toBe(text.rows[0]?.indent);
});
