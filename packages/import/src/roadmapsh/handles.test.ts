import { describe, expect, it } from 'vitest';
import { sideOfHandle, strokeStyle } from './handles.js';

describe('sideOfHandle', () => {
  it.each([
    ['w1', 'top'],
    ['w2', 'top'],
    ['x1', 'bottom'],
    ['x2', 'bottom'],
    ['y1', 'left'],
    ['y2', 'left'],
    ['z1', 'right'],
    ['z2', 'right'],
    ['Z', 'right'],
    ['a1', undefined],
    ['z1z', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j is on the %s side', (handle, side) => {
    expect(sideOfHandle(handle)).toBe(side);
  });
});

describe('strokeStyle', () => {
  it.each([
    ['solid', '0.8 8', 'dotted'],
    ['dashed', '0.8 8', 'dotted'],
    ['dashed', undefined, 'dashed'],
    ['dotted', '0', 'solid'],
    ['dotted', '', 'dotted'],
    [undefined, '0', 'solid'],
    [undefined, undefined, 'solid'],
    [undefined, '0 0', 'solid'],
    ['wavy', '0.8 8', 'dotted'],
    [undefined, '1,6', 'dotted'],
    [undefined, '5 5', 'dashed'],
  ])('edgeStyle %j with dashes %j is %s', (edgeStyle, dashes, style) => {
    expect(strokeStyle(edgeStyle, dashes)).toBe(style);
  });
});
