import { describe, expect, it } from 'vitest';
import type { LayoutWarning } from '../../positioned-roadmap.js';
import { type PinnedBox, warnOverlaps } from './pinned-overlaps.js';

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const warned = (fixed: PinnedBox[]) => {
  const warnings: LayoutWarning[] = [];
  warnOverlaps(fixed, warnings);
  return warnings.map((w) => w.message.match(/"(.+?)" overlaps pinned box "(.+?)"/)?.slice(1));
};
const panel = { id: 'panel', box: box(0, 0, 320, 130) };

describe('pinned-overlap warns of collisions, not of overlaps authored on purpose', () => {
  it('a box wholly inside another (buttons on their panel) is not a collision', () => {
    const buttons = [
      { id: 'a', box: box(15, 50, 140, 40) },
      { id: 'b', box: box(165, 50, 140, 40) },
      { id: 'flush', box: box(0, 90, 320, 40) },
    ];
    expect(warned([panel, ...buttons])).toEqual([]);
  });

  it('a box half off the box it overlaps is a collision', () => {
    expect(warned([panel, { id: 'off', box: box(250, 100, 140, 40) }])).toEqual([['panel', 'off']]);
  });

  it('two boxes side by side that overlap are a collision', () => {
    const left = { id: 'left', box: box(0, 0, 200, 40) };
    const right = { id: 'right', box: box(190, 10, 200, 40) };
    expect(warned([left, right])).toEqual([['left', 'right']]);
  });

  it("a free label's text across a box's edge is a caption, not a collision", () => {
    // The label's box reaches far into the panel; its text sits across the top border.
    const caption = { id: 'caption', box: box(20, -20, 200, 60), ink: box(30, -10, 80, 20) };
    expect(warned([panel, caption])).toEqual([]);
  });

  it("a free label's text partly over a box, across no edge within it, is a collision", () => {
    // Across the panel's right border, but reaching past its bottom too: a corner.
    const corner = { id: 'corner', box: box(280, 110, 100, 40), ink: box(290, 120, 80, 20) };
    expect(warned([panel, corner])).toEqual([['panel', 'corner']]);
  });

  it('free labels whose boxes overlap but whose texts do not are a stacked pair', () => {
    const upper = { id: 'upper', box: box(0, 220, 260, 36), ink: box(8, 228, 120, 20) };
    const lower = { id: 'lower', box: box(0, 250, 200, 36), ink: box(8, 258, 90, 20) };
    expect(warned([upper, lower])).toEqual([]);
    const crowded = { id: 'crowded', box: box(0, 240, 200, 36), ink: box(8, 240, 90, 20) };
    expect(warned([upper, crowded])).toEqual([['upper', 'crowded']]);
  });
});
