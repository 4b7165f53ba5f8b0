import { describe, expect, it } from 'vitest';
import { checkLayoutInvariants } from '../src/index.js';
import { layout, nodeOf, right } from './layout.js';
import { fixture, parse } from './parse.js';

describe('an automatic layout with pinned boxes', () => {
  it('keeps pinned positions exactly and places the rest around them', async () => {
    const positioned = await layout(fixture('pinned.yaml'));
    expect(positioned.origin).toEqual({ x: 0, y: 0 });
    expect(nodeOf(positioned, 'a3').box).toMatchObject({ x: 380, y: 180 });
    expect(nodeOf(positioned, 'a3').pinned).toBe(true);
    expect(nodeOf(positioned, 'pin').box).toMatchObject({ x: 20, y: 300 });
    expect(nodeOf(positioned, 'a1').pinned).toBe(false);
    expect(checkLayoutInvariants(positioned)).toEqual([]);
  });

  it('keeps pinned sizes, wrapping the label to the pinned width', async () => {
    const positioned = await layout(fixture('pinned.yaml'));
    const b = nodeOf(positioned, 'b');
    const b1 = nodeOf(positioned, 'b1');
    expect(b.box).toMatchObject({ width: 260, height: 60 });
    expect(b1.box).toMatchObject({ width: 90, height: 80 });
    expect(b1.lines.length).toBeGreaterThan(3);
    for (const line of b1.lines) expect(line.width).toBeLessThanOrEqual(b1.content.width);
    expect(positioned.warnings.map((w) => [w.code, w.id])).toEqual([['label-shrunk', 'b1']]);
  });

  it('moves a pinned box to the canvas when it is pinned at negative coordinates', async () => {
    const doc = parse(`
schemaVersion: 1
id: negative
title: Negative
topics:
  - { id: a, label: A }
  - { id: b, label: B, position: { x: -300, y: -50 } }
`);
    const positioned = await layout(doc);
    expect(positioned.origin).toEqual({ x: -324, y: -74 });
    expect(nodeOf(positioned, 'b').box).toMatchObject({ x: 24, y: 24 });
    expect(checkLayoutInvariants(positioned)).toEqual([]);
  });
});

describe('a manual layout', () => {
  it('keeps every position and size, measuring the sizes not given', async () => {
    const positioned = await layout(fixture('manual.yaml'));
    expect(positioned.layout).toBe('manual');
    expect(nodeOf(positioned, 'a').box).toEqual({ x: 100, y: 200, width: 120, height: 40 });
    expect(nodeOf(positioned, 'b').box).toMatchObject({ x: 100, y: 300 });
    expect(nodeOf(positioned, 'b').box.width).toBeGreaterThan(50);
    expect(nodeOf(positioned, 'p').box).toMatchObject({ x: 400, y: 200 });
    expect(positioned.nodes.every((n) => n.pinned)).toBe(true);
    expect(positioned.warnings).toEqual([]);
  });

  it('routes only the edges, around the boxes in their way', async () => {
    const positioned = await layout(fixture('manual.yaml'));
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    const spine = positioned.edges.find((e) => e.origin === 'spine');
    expect(spine?.points.length).toBeGreaterThan(2);
    const xs = spine?.points.map((p) => p.x) ?? [];
    const b = nodeOf(positioned, 'b');
    expect(xs.some((x) => x < b.box.x || x > right(b))).toBe(true);
  });

  it('puts the title and the legend above the content', async () => {
    const positioned = await layout(fixture('manual.yaml'));
    const top = Math.min(...positioned.nodes.map((n) => n.box.y));
    expect(positioned.title.box.y + positioned.title.box.height).toBeLessThan(top);
    expect((positioned.legend?.box.y ?? 0) + (positioned.legend?.box.height ?? 0)).toBeLessThan(
      top,
    );
  });

  it('puts the legend where legendPosition pins it, and the title above it', async () => {
    const doc = fixture('manual.yaml');
    const positioned = await layout({ ...doc, legendPosition: { x: 420, y: 60 } });
    const legend = positioned.legend?.box;
    expect(legend).toMatchObject({
      x: 420 - positioned.origin.x,
      y: 60 - positioned.origin.y,
    });
    const unpinned = await layout(doc);
    expect(legend?.width).toBe(unpinned.legend?.box.width);
    expect(positioned.title.box.y + positioned.title.box.height).toBeLessThan(legend?.y ?? 0);
    // An auto layout places the legend itself.
    const auto = await layout({ ...doc, layout: 'auto', legendPosition: { x: 420, y: 60 } });
    expect(auto.legend?.box.x).not.toBe(420 - auto.origin.x);
  });

  it('lays out boxes without a position below the pinned ones, with a warning', async () => {
    const doc = parse(`
schemaVersion: 1
id: partly
title: Partly pinned
topics:
  - { id: a, label: A, position: { x: 50, y: 100 } }
  - { id: b, label: B, subtopics: [{ id: b1, label: B1 }] }
`);
    const positioned = await layout(doc, { layout: 'manual' });
    expect(positioned.layout).toBe('manual');
    expect(nodeOf(positioned, 'a').box).toMatchObject({ x: 50, y: 100 });
    expect(nodeOf(positioned, 'b').box.y).toBeGreaterThan(100 + nodeOf(positioned, 'a').box.height);
    expect(positioned.warnings.map((w) => [w.code, w.id])).toEqual([
      ['missing-position', 'b'],
      ['missing-position', 'b1'],
    ]);
    expect(checkLayoutInvariants({ ...positioned, layout: 'auto' })).toEqual([]);
  });

  it('with the layout option auto, ignores the authored positions and lays the tree out', async () => {
    const positioned = await layout(fixture('manual.yaml'), { layout: 'auto' });
    expect(positioned.layout).toBe('auto');
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    expect(nodeOf(positioned, 'a').pinned).toBe(false);
    expect(nodeOf(positioned, 'a').box).not.toMatchObject({ x: 100, y: 200 });
    expect(positioned.title.box.y).toBe(24);
  });

  it('with the layout option auto, keeps what the author placed together', async () => {
    const positioned = await layout(fixture('authored-groups.yaml'), { layout: 'auto' });
    const offset = (a: string, b: string) => {
      const [pa, pb] = [nodeOf(positioned, a).box, nodeOf(positioned, b).box];
      return { x: pb.x - pa.x, y: pb.y - pa.y };
    };
    // A panel with its button, and a label with its link, move as blocks of authored shape.
    expect(offset('panel', 'go')).toEqual({ x: 15, y: 50 });
    expect(nodeOf(positioned, 'go').box).toMatchObject({ width: 130, height: 40 });
    expect(offset('ask', 'link')).toEqual({ x: 0, y: 34 });
    expect(nodeOf(positioned, 'panel').box).not.toMatchObject({ x: 0, y: 0 });
    // The section frames the subtopics drawn in it; its caption became its label.
    expect(positioned.nodes.some((n) => n.id === 'caption')).toBe(false);
    const frame = positioned.sections.find((s) => s.id === 'frame');
    expect(frame?.lines.map((l) => l.text)).toEqual(['Parts']);
    for (const id of ['s1', 's2']) {
      const box = nodeOf(positioned, id).box;
      expect(box.x).toBeGreaterThan(frame?.box.x ?? Number.POSITIVE_INFINITY);
      expect(box.x + box.width).toBeLessThan((frame?.box.x ?? 0) + (frame?.box.width ?? 0));
    }
    // The note section is kept, of its authored size, around its text.
    const note = positioned.sections.find((s) => s.id === 'note');
    const tip = nodeOf(positioned, 'tip').box;
    expect(note?.box).toMatchObject({ x: tip.x - 20, y: tip.y - 30, width: 240, height: 90 });
    expect(positioned.lineElements).toEqual([]);
    expect(positioned.warnings.map((w) => w.code)).toEqual(['line-skipped']);
    expect(checkLayoutInvariants(positioned)).toEqual([]);
  });
});
