import { expect, it } from 'vitest';
import { boxesOverlap } from '../../geometry/box.js';
import { layoutHeader } from './header-layout.js';

const centre = (maxWidth: number) => ({
  title: { width: Math.min(300, maxWidth), height: 40 },
  callouts: [{ width: Math.min(480, maxWidth), height: 60 }],
});

it('centres the title, the call-outs and the legend beside them on the axis as one block', () => {
  const header = layoutHeader({
    centre,
    legend: { width: 200, height: 100 },
    free: [],
    left: 500,
    right: 500,
    gap: 16,
    stack: 12,
    maxWidth: 560,
  });
  // The block: a 480 px column (title over call-out, 40 + 16 + 60 px), 16 px, a 200 px legend.
  const left = -(480 + 16 + 200) / 2;
  expect(header.title).toEqual({ x: left + 240 - 150, y: 0, width: 300, height: 40 });
  expect(header.callouts[0]).toEqual({ x: left, y: 56, width: 480, height: 60 });
  // The legend's middle is level with the column's middle.
  expect(header.legend).toEqual({ x: left + 480 + 16, y: 8, width: 200, height: 100 });
  expect(header.wrapWidth).toBe(560);
  expect(header.right).toBe(500);
  expect(header.height).toBe(116);
});

it('wraps the title narrower so the legend fits beside it, and puts the free column under the block', () => {
  const header = layoutHeader({
    centre,
    legend: { width: 200, height: 100 },
    free: [{ id: 'a', width: 150, height: 30 }],
    left: 250,
    right: 250,
    gap: 16,
    stack: 12,
    maxWidth: 560,
  });
  expect(header.wrapWidth).toBe(500 - 200 - 16);
  const { title, legend } = header;
  expect(title && legend && title.x + title.width + 16).toBeLessThanOrEqual(legend?.x ?? 0);
  expect(header.free.get('a')).toEqual({ x: -250, y: 116 + 16, width: 150, height: 30 });
});

it('moves the legend under the title when the title would be too narrow beside it', () => {
  const header = layoutHeader({
    centre,
    legend: { width: 250, height: 80 },
    free: [],
    left: 200,
    right: 200,
    gap: 16,
    stack: 12,
    maxWidth: 560,
  });
  const { title, legend } = header;
  expect(header.wrapWidth).toBe(560);
  expect(legend && title && boxesOverlap(legend, title)).toBe(false);
  expect(legend?.y).toBeGreaterThanOrEqual((title?.height ?? 0) + 16);
  expect(header.left).toBeGreaterThanOrEqual(240);
});
