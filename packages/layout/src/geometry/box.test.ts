import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  containsBox,
  inflate,
  onBorder,
  segmentCrossesBox,
  strictlyInside,
  unionBoxes,
} from './box.js';

const box = { x: 10, y: 10, width: 100, height: 50 };

describe('boxesOverlap', () => {
  it('is true for boxes sharing an area and false for touching or apart boxes', () => {
    expect(boxesOverlap(box, { x: 100, y: 50, width: 20, height: 20 })).toBe(true);
    expect(boxesOverlap(box, { x: 110, y: 10, width: 20, height: 20 })).toBe(false);
    expect(boxesOverlap(box, { x: 10, y: 60, width: 20, height: 20 })).toBe(false);
    expect(boxesOverlap(box, { x: 200, y: 200, width: 5, height: 5 })).toBe(false);
  });

  it('ignores overlaps up to epsilon (rounding noise)', () => {
    expect(boxesOverlap(box, { x: 109.995, y: 10, width: 20, height: 20 })).toBe(false);
    expect(boxesOverlap(box, { x: 109.9, y: 10, width: 20, height: 20 })).toBe(true);
  });
});

describe('segmentCrossesBox', () => {
  it('detects a segment through the inside', () => {
    expect(segmentCrossesBox({ x: 0, y: 30 }, { x: 200, y: 30 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 50, y: 0 }, { x: 50, y: 100 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 50, y: 30 }, { x: 60, y: 30 }, box)).toBe(true);
  });

  it('lets a segment run along a border, touch it, or pass beside the box', () => {
    expect(segmentCrossesBox({ x: 0, y: 10 }, { x: 200, y: 10 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 110, y: 0 }, { x: 110, y: 100 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 30 }, { x: 10, y: 30 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: 0, y: 5 }, { x: 200, y: 5 }, box)).toBe(false);
  });
});

describe('points and boxes', () => {
  it('tells inside from border', () => {
    expect(strictlyInside(box, { x: 50, y: 30 })).toBe(true);
    expect(strictlyInside(box, { x: 10, y: 30 })).toBe(false);
    expect(onBorder(box, { x: 10, y: 30 })).toBe(true);
    expect(onBorder(box, { x: 60, y: 60 })).toBe(true);
    expect(onBorder(box, { x: 50, y: 30 })).toBe(false);
    expect(onBorder(box, { x: 5, y: 30 })).toBe(false);
  });

  it('grows, joins and contains boxes', () => {
    expect(inflate(box, 5)).toEqual({ x: 5, y: 5, width: 110, height: 60 });
    expect(unionBoxes([box, { x: 0, y: 100, width: 5, height: 5 }])).toEqual({
      x: 0,
      y: 10,
      width: 110,
      height: 95,
    });
    expect(unionBoxes([])).toBeUndefined();
    expect(containsBox(box, { x: 20, y: 20, width: 10, height: 10 })).toBe(true);
    expect(containsBox(box, { x: 20, y: 20, width: 100, height: 10 })).toBe(false);
  });
});
