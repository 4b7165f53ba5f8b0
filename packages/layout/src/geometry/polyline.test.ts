import { expect, it } from 'vitest';
import { isOrthogonal, polylineLength, simplifyPolyline } from './polyline.js';

it('drops repeated points and the middles of straight runs', () => {
  expect(
    simplifyPolyline([
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 5, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 10, y: 20 },
    ]),
  ).toEqual([
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 20 },
  ]);
});

it('keeps a polyline that turns at every point', () => {
  const zigzag = [
    { x: 0, y: 0 },
    { x: 5, y: 0 },
    { x: 5, y: 5 },
    { x: 10, y: 5 },
  ];
  expect(simplifyPolyline(zigzag)).toEqual(zigzag);
});

it('tells orthogonal polylines and measures them', () => {
  expect(
    isOrthogonal([
      { x: 0, y: 0 },
      { x: 0, y: 5 },
      { x: 3, y: 5 },
    ]),
  ).toBe(true);
  expect(
    isOrthogonal([
      { x: 0, y: 0 },
      { x: 3, y: 4 },
    ]),
  ).toBe(false);
  expect(
    polylineLength([
      { x: 0, y: 0 },
      { x: 0, y: 5 },
      { x: 3, y: 5 },
    ]),
  ).toBe(8);
  expect(
    polylineLength([
      { x: 0, y: 0 },
      { x: 3, y: 4 },
    ]),
  ).toBe(5);
});
