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
});
