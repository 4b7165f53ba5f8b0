import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap, type PositionedRoadmap } from '@roadmapkit/layout';
import type { RoadmapDocument } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromRoadmapSh } from '../src/index.js';
import { loadJson, subtopicsOf } from './helpers.js';

// A synthetic editor file: the same label in two boxes of one size, one with the editor's
// inset and one with a wide CSS padding of its own; boxes with no padding, a four-sided
// one and an unreadable one; a padded paragraph; labels aligned left/top, centre/middle
// and right/bottom in boxes taller and wider than their text.
const result = fromRoadmapSh(loadJson('roadmapsh/insets-and-alignment.json'), { layout: 'manual' });
const doc = result.value as RoadmapDocument;
const measurer = createMeasurer();
const layout = layoutRoadmap(doc, { measurer });

const box = (id: string) => {
  const found = [...doc.topics, ...subtopicsOf(doc)].find((node) => node.id === id);
  const element = doc.elements?.find((e) => e.id === id);
  return found ?? element;
};
const placed = (positioned: PositionedRoadmap, id: string) => {
  const node = positioned.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`${id} was not laid out`);
  return node;
};

describe('each box keeps its own inset from the source', () => {
  it('writes the CSS padding of a node as its inset, opposite sides averaged', () => {
    expect(box('sSubWideInset0000002')).toMatchObject({ padding: { x: 20, y: 6 } });
    expect(box('sSubNoInset000000003')).toMatchObject({ padding: { x: 0, y: 0 } });
    expect(box('sSubFourSides0000004')).toMatchObject({ padding: { x: 7, y: 3 } });
    expect(box('pParagraphInset00006')).toMatchObject({ padding: { x: 16, y: 16 } });
  });

  it('writes no inset where the source has none, and warns of one it cannot read', () => {
    expect(box('sSubDefaultInset00001')).not.toHaveProperty('padding');
    expect(box('sSubBadInset00000005')).not.toHaveProperty('padding');
    expect(result.issues.filter((issue) => issue.code === 'invalid-padding')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: ['nodes', 5, 'data', 'style', 'padding'],
        message: expect.stringContaining('"1em"'),
      }),
    ]);
  });

  it("lays out the same label in the same box by each box's inset", async () => {
    const positioned = await layout;
    const editor = placed(positioned, 'sSubDefaultInset00001');
    const wide = placed(positioned, 'sSubWideInset0000002');
    expect(editor.box.width).toBe(wide.box.width);
    // The editor's 4 px inset leaves room for the 17 px label on one line.
    expect(editor.content.x - editor.box.x).toBe(4);
    expect(editor.font.size).toBe(17);
    expect(editor.lines).toHaveLength(1);
    // The box's own 20 px inset leaves 70 px: the same label shrinks to stay on one line.
    expect(wide.content.x - wide.box.x).toBe(20);
    expect(wide.content.width).toBe(wide.box.width - 40);
    expect(wide.font.size).toBeLessThan(17);
    for (const line of wide.lines) {
      expect(line.x).toBeGreaterThanOrEqual(wide.content.x - 0.01);
      expect(line.x + line.width).toBeLessThanOrEqual(wide.content.x + wide.content.width + 0.01);
    }
    const flush = placed(positioned, 'sSubNoInset000000003');
    expect(flush.content).toEqual(flush.box);
  });

  it("keeps a paragraph's own padding around its text", async () => {
    const paragraph = placed(await layout, 'pParagraphInset00006');
    expect(paragraph.content.x - paragraph.box.x).toBe(16);
    expect(paragraph.content.y - paragraph.box.y).toBe(16);
    expect(paragraph.lines[0]?.x).toBe(paragraph.content.x);
  });
});

describe('label nodes keep their alignment', () => {
  it('writes textAlign and verticalAlign from the editor style', () => {
    expect(box('lLabelLeft0000000007')).toMatchObject({ textAlign: 'left', verticalAlign: 'top' });
    expect(box('lLabelCenter00000008')).toMatchObject({
      textAlign: 'center',
      verticalAlign: 'middle',
    });
    expect(box('lLabelRight000000009')).toMatchObject({
      textAlign: 'right',
      verticalAlign: 'bottom',
    });
  });

  it('draws each label where the author aligned it in its box', async () => {
    const positioned = await layout;
    const [left, centre, right] = [
      'lLabelLeft0000000007',
      'lLabelCenter00000008',
      'lLabelRight000000009',
    ].map((id) => placed(positioned, id));
    if (!left || !centre || !right) throw new Error('a label was not laid out');
    const line = (node: typeof left) => {
      const first = node.lines[0];
      if (!first) throw new Error(`${node.id} has no line`);
      return first;
    };
    expect(line(left).x).toBeCloseTo(left.content.x, 1);
    expect(line(right).x + line(right).width).toBeCloseTo(right.content.x + right.content.width, 1);
    const middle = centre.content.x + centre.content.width / 2;
    expect(line(centre).x + line(centre).width / 2).toBeCloseTo(middle, 1);
    // Down the 80 px boxes: top, middle, bottom (baselines relative to each box).
    const down = (node: typeof left) => line(node).y - node.box.y;
    expect(down(left)).toBeLessThan(down(centre) - 10);
    expect(down(centre)).toBeLessThan(down(right) - 10);
  });
});
