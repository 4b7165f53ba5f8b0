import { describe, expect, it } from 'vitest';
import { layout, nodeOf } from './layout.js';
import { parse } from './parse.js';

const panel = (align: string) =>
  parse(`
schemaVersion: 1
id: panel
title: Panel
layout: manual
topics:
  - { id: t, label: T, position: { x: 0, y: 0 }, size: { width: 100, height: 40 } }
elements:
  - { kind: paragraph, id: p, text: Short words, ${align} position: { x: 200, y: 0 }, size: { width: 300, height: 200 } }
`);

describe('a pinned paragraph keeps its authored alignment', () => {
  it('top and right: the text above the middle, its line ending at the right of the content', async () => {
    const p = nodeOf(await layout(panel('textAlign: right, verticalAlign: top,')), 'p');
    const line = p.lines[0];
    expect(line).toBeDefined();
    if (!line) return;
    expect(line.y).toBeLessThan(p.box.y + p.box.height / 3);
    expect(line.x + line.width).toBeCloseTo(p.content.x + p.content.width, 0);
  });

  it('centre and bottom', async () => {
    const p = nodeOf(await layout(panel('textAlign: center, verticalAlign: bottom,')), 'p');
    const line = p.lines[0];
    if (!line) throw new Error('no line');
    expect(line.y).toBeGreaterThan(p.box.y + (p.box.height * 2) / 3);
    expect(line.x + line.width / 2).toBeCloseTo(p.content.x + p.content.width / 2, 0);
  });

  it('without alignment: left and vertically centred, as before', async () => {
    const p = nodeOf(await layout(panel('')), 'p');
    const line = p.lines[0];
    if (!line) throw new Error('no line');
    expect(line.x).toBeCloseTo(p.content.x, 0);
    expect(line.y).toBeGreaterThan(p.box.y + p.box.height / 3);
    expect(line.y).toBeLessThan(p.box.y + (p.box.height * 2) / 3);
  });
});
