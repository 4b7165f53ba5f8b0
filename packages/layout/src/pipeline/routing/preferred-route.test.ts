import { expect, it } from 'vitest';
import { preferredRoute } from './preferred-route.js';

const topic = { x: 100, y: 100, width: 100, height: 40 };
const spine = { from: 'a', to: 'b', style: 'solid', origin: 'spine' } as const;
const branch = { from: 'a', to: 'b', style: 'dashed', origin: 'branch' } as const;

it('runs the spine straight down between lined-up topics', () => {
  expect(preferredRoute(spine, topic, { ...topic, y: 300 }, undefined)).toEqual([
    { x: 150, y: 140 },
    { x: 150, y: 300 },
  ]);
});

it('steps halfway when the topics are not lined up, and refuses one that is above', () => {
  expect(preferredRoute(spine, topic, { ...topic, x: 300, y: 300 }, undefined)).toEqual([
    { x: 150, y: 140 },
    { x: 150, y: 220 },
    { x: 350, y: 220 },
    { x: 350, y: 300 },
  ]);
  expect(preferredRoute(spine, topic, { ...topic, y: 0 }, undefined)).toBeUndefined();
});

it('runs a branch out of the facing side, along the middle of the gap, into the subtopic', () => {
  expect(preferredRoute(branch, topic, { x: 240, y: 40, width: 80, height: 30 }, 'right')).toEqual([
    { x: 200, y: 120 },
    { x: 220, y: 120 },
    { x: 220, y: 55 },
    { x: 240, y: 55 },
  ]);
  expect(preferredRoute(branch, topic, { x: 0, y: 105, width: 60, height: 30 }, 'left')).toEqual([
    { x: 100, y: 120 },
    { x: 60, y: 120 },
  ]);
  expect(
    preferredRoute(branch, topic, { x: 0, y: 0, width: 60, height: 30 }, 'right'),
  ).toBeUndefined();
  expect(
    preferredRoute(
      { ...branch, origin: 'explicit' },
      topic,
      { x: 240, y: 0, width: 1, height: 1 },
      'right',
    ),
  ).toBeUndefined();
});

it('runs a branch from a parent narrower than its column along the middle of the column gap', () => {
  // The parent (a pinned width) fills 100 of its column's 140 px: halfway between it and the
  // subtopic would be x = 270, inside the column where its wider boxes sit.
  const parent = { x: 100, y: 100, width: 100, height: 40 };
  const child = { x: 340, y: 160, width: 80, height: 30 };
  expect(preferredRoute(branch, parent, child, 'right', undefined, 40)).toEqual([
    { x: 200, y: 120 },
    { x: 320, y: 120 },
    { x: 320, y: 175 },
    { x: 340, y: 175 },
  ]);
  const left = { x: 0, y: 160, width: 80, height: 30 };
  const narrow = { x: 220, y: 100, width: 100, height: 40 };
  expect(preferredRoute(branch, narrow, left, 'left', undefined, 40)?.[1]).toEqual({
    x: 100,
    y: 120,
  });
  // A gap wider than the room between the boxes: halfway, as without it.
  expect(preferredRoute(branch, parent, child, 'right', undefined, 400)?.[1]).toEqual({
    x: 270,
    y: 120,
  });
});
