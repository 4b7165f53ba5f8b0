import { expect, it } from 'vitest';
import { badgeCenter, contentBox } from './position-node.js';

const box = { x: 10, y: 20, width: 100, height: 40 };

it('puts a badge on the corner or the middle of the side it names', () => {
  expect(badgeCenter(box, 'right-top')).toEqual({ x: 110, y: 20 });
  expect(badgeCenter(box, 'left-top')).toEqual({ x: 10, y: 20 });
  expect(badgeCenter(box, 'right-center')).toEqual({ x: 110, y: 40 });
  expect(badgeCenter(box, 'left-center')).toEqual({ x: 10, y: 40 });
});

it('takes the padding off the box for the content', () => {
  expect(contentBox(box, { x: 12, y: 8 })).toEqual({ x: 22, y: 28, width: 76, height: 24 });
  expect(contentBox(box, { x: 60, y: 30 })).toEqual({ x: 70, y: 50, width: 0, height: 0 });
});
