import { expect, it } from 'vitest';
import { boxesOverlap } from '../geometry/box.js';
import { layoutHeader } from './header-layout.js';

const centre = (maxWidth: number) => ({
  title: { width: Math.min(300, maxWidth), height: 40 },
  callouts: [{ width: Math.min(480, maxWidth), height: 60 }],
});

it('centres the title on the axis, call-outs under it, the legend at the top right', () => {
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
  expect(header.title).toEqual({ x: -150, y: 0, width: 300, height: 40 });
  expect(header.callouts[0]?.y).toBe(56);
  expect(header.legend).toEqual({ x: 300, y: 0, width: 200, height: 100 });
  // The title was wrapped to leave room for the legend: 2 × (500 − 200 − 16).
  expect(header.wrapWidth).toBe(560);
  expect(header.right).toBe(500);
  expect(header.height).toBe(116);
});

it('narrows the title to fit beside the legend and the free column', () => {
  const header = layoutHeader({
    centre,
    legend: { width: 200, height: 100 },
    free: [{ id: 'a', width: 150, height: 30 }],
    left: 400,
    right: 400,
    gap: 16,
    stack: 12,
    maxWidth: 560,
  });
  expect(header.wrapWidth).toBe(2 * (400 - 200 - 16));
  expect(header.free.get('a')).toEqual({ x: -400, y: 0, width: 150, height: 30 });
  expect(header.legend?.y).toBe(0);
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
