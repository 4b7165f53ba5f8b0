import { expect, it } from 'vitest';
import { fitCanvas, toCanvas } from './fit-canvas.js';

it('keeps the origin at 0 and rounds the size up, margin included', () => {
  expect(
    fitCanvas(
      [
        { x: 24, y: 24, width: 100.2, height: 50 },
        { x: 300, y: 10, width: 20, height: 20 },
      ],
      24,
    ),
  ).toEqual({ origin: { x: 0, y: 0 }, width: 344, height: 98 });
});

it('moves the origin a margin beyond anything at negative coordinates', () => {
  const canvas = fitCanvas([{ x: -50.5, y: 10, width: 100, height: 20 }], 24);
  expect(canvas.origin).toEqual({ x: -75, y: 0 });
  expect(canvas.width).toBe(149);
  expect(toCanvas({ x: -50.5, y: 10, width: 100, height: 20 }, canvas.origin).x).toBe(24.5);
});
