import { describe, expect, it } from 'vitest';
import { layout, measurer, nodeOf } from './layout.js';
import { parse } from './parse.js';

const doc = (label: string, width: number, height: number) =>
  parse(`
schemaVersion: 1
id: fit
title: Fit
layout: manual
topics:
  - { id: t, label: "${label}", position: { x: 0, y: 0 }, size: { width: ${width}, height: ${height} } }
`);

describe('a label in a pinned box is fitted as an editor fits it', () => {
  it('keeps a label on one line when it fits the box with the thin inset, not with our padding', async () => {
    const font = { size: 16, weight: 'regular' as const };
    const width = Math.ceil(measurer.measureText('Gadget calibration basics', font)) + 12;
    const t = nodeOf(await layout(doc('Gadget calibration basics', width, 40)), 't');
    expect(t.lines.map((l) => l.text)).toEqual(['Gadget calibration basics']);
    for (const line of t.lines)
      expect(line.x + line.width).toBeLessThanOrEqual(t.box.x + t.box.width);
  });

  it('shrinks the font, with a warning, before breaking a word', async () => {
    const positioned = await layout(doc('Incomprehensibilities', 150, 40));
    const t = nodeOf(positioned, 't');
    expect(t.lines.map((l) => l.text)).toEqual(['Incomprehensibilities']);
    expect(t.font.size).toBeLessThan(16);
    expect(positioned.warnings.map((w) => w.code)).toEqual(['label-shrunk']);
  });

  it('warns of the overflow when even the smallest font does not fit', async () => {
    const positioned = await layout(doc('Incomprehensibilities', 60, 30));
    expect(positioned.warnings.map((w) => w.code)).toEqual(['label-overflow']);
  });

  it('measures and draws a label at the font size its node sets', async () => {
    const positioned = await layout(
      parse(`
schemaVersion: 1
id: sized
title: Sized
layout: manual
topics:
  - id: t
    label: Gadgets
    fontSize: 17
    position: { x: 0, y: 0 }
    size: { width: 200, height: 49 }
    subtopics:
      - { id: s, label: Sprockets, fontSize: 17, position: { x: 300, y: 0 }, size: { width: 200, height: 49 } }
      - { id: u, label: Cogs, position: { x: 300, y: 60 }, size: { width: 200, height: 49 } }
`),
    );
    expect(nodeOf(positioned, 't').font.size).toBe(17);
    expect(nodeOf(positioned, 's').font.size).toBe(17);
    expect(nodeOf(positioned, 'u').font.size).toBe(16);
    const s = nodeOf(positioned, 's');
    const width = measurer.measureText('Sprockets', { size: 17, weight: 'regular' });
    expect(s.lines[0]?.width).toBeCloseTo(width, 1);
  });

  it('keeps a label on one line, at a smaller font, in a box one line tall', async () => {
    const font = { size: 17, weight: 'regular' as const };
    const text = 'Gadget calibration basics';
    // Too narrow for the label at 17 px, wide enough at 15.3 px (90 %).
    const width = Math.ceil(measurer.measureText(text, { ...font, size: 15.3 })) + 9;
    expect(measurer.measureText(text, font)).toBeGreaterThan(width - 8);
    const positioned = await layout(doc(text, width, 49));
    const t = nodeOf(positioned, 't');
    expect(t.lines.map((l) => l.text)).toEqual([text]);
    expect(t.font.size).toBeLessThan(17);
    expect(t.font.size).toBeGreaterThanOrEqual(17 * 0.7);
    expect(positioned.warnings.map((w) => w.code)).toEqual(['label-shrunk']);
  });

  it('wraps between words at its own size in a box two lines tall', async () => {
    const text = 'Gadget calibration basics';
    const font = { size: 17, weight: 'regular' as const };
    const width = Math.ceil(measurer.measureText('Gadget calibration', font)) + 10;
    const positioned = await layout(doc(text, width, 70));
    const t = nodeOf(positioned, 't');
    expect(t.lines.length).toBe(2);
    expect(t.font.size).toBe(17);
    expect(positioned.warnings).toEqual([]);
  });

  it('shrinks a one-line label whose box is shorter than a line at its size', async () => {
    const positioned = await layout(doc('Made-up note', 150, 20));
    const t = nodeOf(positioned, 't');
    expect(t.lines.map((l) => l.text)).toEqual(['Made-up note']);
    expect(t.font.size).toBeLessThan(17);
    expect(positioned.warnings.map((w) => w.code)).toEqual(['label-shrunk']);
  });
});
