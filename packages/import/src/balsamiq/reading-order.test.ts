import { describe, expect, it } from 'vitest';
import type { Control } from './controls.js';
import { readingOrder } from './reading-order.js';

const label = (text: string, x: number, y: number, width: number): Control => ({
  id: text,
  type: 'Label',
  position: { x, y },
  width,
  height: 20,
  props: { text },
  path: [],
  zPath: [],
});

describe('readingOrder', () => {
  it('reads pieces a pixel off the line left to right, touching ones without a space', () => {
    const pieces = [
      label('/', 120, 10, 8),
      label('https:', 10, 11, 50),
      label('//roadmap.example', 60, 10, 60),
      label('Second', 10, 40, 60),
      label('line', 76, 39, 40),
    ];
    expect(readingOrder(pieces).map((t) => t.text)).toEqual([
      'https://roadmap.example/',
      'Second line',
    ]);
  });

  it('drops empty labels and keeps the colour markup named', () => {
    const pieces = [label('', 0, 0, 10), label('{color:red}Hot{color}', 0, 30, 30)];
    expect(readingOrder(pieces)).toEqual([{ text: 'Hot', color: 'red' }]);
  });
});
