import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fittedDashes } from './edge.js';

const L = [
  { x: 10, y: 10 },
  { x: 113, y: 10 },
  { x: 113, y: 80 },
];

/** Whether the pixel at (x, y) of a rasterised path is drawn (dark on white). */
function inked(dasharray: string, x: number, y: number): boolean {
  const d = L.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="130" height="100"><rect width="130" height="100" fill="#fff"/><path d="${d}" fill="none" stroke="#000" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round" stroke-dasharray="${dasharray}"/></svg>`;
  const png = PNG.sync.read(
    Buffer.from(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng()),
  );
  const at = (y * png.width + x) * 4;
  return (png.data[at] ?? 255) < 128;
}

describe('fittedDashes', () => {
  it('covers the polyline exactly, starting with half a dash, a dash on every corner', () => {
    const values = fittedDashes(L, [10, 8]).split(' ').map(Number);
    expect(values[0]).toBe(5);
    const drawn = values.slice(0, -1);
    expect(drawn.reduce((a, b) => a + b, 0)).toBeCloseTo(103 + 70, 1);
    // Walk to the corner (103 px along): it falls inside a dash (an even index).
    let along = 0;
    let index = 0;
    while (along + (drawn[index] ?? 0) < 103) along += drawn[index++] ?? 0;
    expect(index % 2).toBe(0);
  });

  it('on a rasterised corner: the fitted pattern draws it, the plain one leaves a gap', () => {
    expect(inked('10 8', 113, 10)).toBe(false);
    expect(inked(fittedDashes(L, [10, 8]), 113, 10)).toBe(true);
    expect(inked(fittedDashes(L, [0.8, 8]), 113, 10)).toBe(true);
    // And the ends of the line are drawn too.
    expect(inked(fittedDashes(L, [10, 8]), 113, 79)).toBe(true);
    expect(inked(fittedDashes(L, [10, 8]), 11, 10)).toBe(true);
  });

  it('never writes a zero length, even for a stretch shorter than a dash', () => {
    const short = [
      { x: 0, y: 0 },
      { x: 4, y: 0 },
      { x: 4, y: 50 },
    ];
    const values = fittedDashes(short, [10, 6]).split(' ').map(Number);
    expect(values.filter((v) => !(v > 0))).toEqual([]);
    // The 4 px stretch is one dash reaching round the corner.
    expect(values[0]).toBeGreaterThan(4);
  });
});
