import { createMeasurer } from '@roadmapkit/fonts';
import { describe, expect, it } from 'vitest';
import type { PositionedNode } from '../../positioned-roadmap.js';
import { resolveOptions } from '../../resolve-options.js';
import { HEADER_BADGE_GAP, HEADER_INSET } from '../auto/frame-headers.js';
import type { PlacedFrame } from '../auto/group-frames.js';
import { positionFrameHeaders } from './frame-headers.js';

const options = resolveOptions({ measurer: createMeasurer() });
const font = { size: 12, weight: 'regular' } as const;
const width = (text: string) => options.measurer.measureText(text, font);
const lineHeight = options.measurer.lineHeight(12);

const frame = (id: string, x: number, w: number, header = 12): PlacedFrame => ({
  id,
  members: [],
  box: { x, y: 100, width: w, height: 80 },
  sidePad: 9,
  header,
});
const node = (
  id: string,
  x: number,
  y: number,
  badge?: { x: number; y: number },
): PositionedNode => ({
  id,
  kind: 'subtopic',
  box: { x, y, width: 100, height: 30 },
  content: { x: x + 12, y: y + 6, width: 76, height: 18 },
  font: { size: 16, weight: 'regular' },
  lines: [],
  pinned: false,
  ...(badge ? { badge: { legend: 'l', corner: 'right-top', center: badge, radius: 8 } } : {}),
});
const labels = new Map([
  ['a', 'Document databases'],
  ['b', 'Time series databases and their indexes'],
  ['c', 'قواعد البيانات'],
  ['d', 'Tiny'],
]);

describe('the headers of group frames', () => {
  it('puts the label at the top left inside the frame, measured on one line', () => {
    const [header] = positionFrameHeaders(
      [frame('a', 10, 200)],
      (id) => labels.get(id),
      [],
      options,
    );
    expect(header?.lines).toHaveLength(1);
    const line = header?.lines[0];
    expect(line?.text).toBe('Document databases');
    expect(line?.x).toBe(19);
    expect(line?.width).toBeCloseTo(width('Document databases'), 1);
    expect(header?.box).toEqual({
      x: 19,
      y: 100 + HEADER_INSET,
      width: line?.width,
      height: Math.round(lineHeight * 100) / 100,
    });
    // The baseline lies inside the line's box.
    expect(line?.y).toBeGreaterThan(header?.box.y ?? 0);
    expect(line?.y).toBeLessThan((header?.box.y ?? 0) + lineHeight);
  });

  it('ends before a badge that reaches up into its line, and cuts a long label short with "…"', () => {
    // A box below the header, its badge on its top right corner reaching 8 px up.
    const below = node('m', 19, 100 + HEADER_INSET + lineHeight + 2, { x: 119, y: 118 });
    const [long, short] = positionFrameHeaders(
      [frame('b', 10, 118), frame('d', 10, 118)],
      (id) => labels.get(id),
      [below],
      options,
    );
    const line = long?.lines[0];
    expect(line?.text.endsWith('…')).toBe(true);
    expect(labels.get('b')?.startsWith(line?.text.slice(0, -1).trimEnd() ?? 'x')).toBe(true);
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeLessThanOrEqual(111 - HEADER_BADGE_GAP + 0.01);
    // The longest start that fits: one more character would not.
    const longer = labels.get('b')?.slice(0, line?.text.length ?? 0) ?? '';
    expect(width(`${longer.trimEnd()}…`)).toBeGreaterThan(111 - HEADER_BADGE_GAP - 19);
    // A label that fits is kept whole.
    expect(short?.lines[0]?.text).toBe('Tiny');
  });

  it('starts a right-to-left label at the right, and leaves out what cannot fit or has no room', () => {
    const [rtl, none, narrow] = positionFrameHeaders(
      [frame('c', 10, 200), frame('a', 10, 200, 0), frame('a', 10, 22)],
      (id) => labels.get(id),
      [],
      options,
    );
    const line = rtl?.lines[0];
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeCloseTo(201, 1);
    expect(none).toBeUndefined();
    // 4 px between the side pads: not even "…" fits.
    expect(narrow).toBeUndefined();
  });
});
