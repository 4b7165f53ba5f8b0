import { createMeasurer } from '@roadmapkit/fonts';
import { checkLayoutInvariants, layoutRoadmap, type PositionedRoadmap } from '@roadmapkit/layout';
import { renderSvg } from '@roadmapkit/render';
import type { RoadmapDocument } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { fromRoadmapSh } from '../src/index.js';
import { loadJson, subtopicsOf } from './helpers.js';

// A synthetic editor file in roadmap.sh's shape: 17 px topics and subtopics in boxes of
// the editor's sizes, a legend box, a "related roadmaps" panel with its buttons, a label
// pair, a section with a caption and a section that frames no topic.
const source = loadJson('roadmapsh/authored-look.json');
const measurer = createMeasurer();

function imported(): RoadmapDocument {
  const result = fromRoadmapSh(source, { layout: 'manual' });
  if (!result.value) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const doc = imported();
const boxes = [...doc.topics, ...subtopicsOf(doc)];
const idOf = (label: string) => {
  const found = boxes.find((box) => box.label === label);
  if (!found) throw new Error(`no box "${label}"`);
  return found.id;
};
const nodeOf = (positioned: PositionedRoadmap, label: string) => {
  const found = positioned.nodes.find((node) => node.id === idOf(label));
  if (!found) throw new Error(`"${label}" was not laid out`);
  return found;
};

describe('pinned topics and subtopics keep the text of the source', () => {
  it('writes the font size of the source on every topic and subtopic', () => {
    expect(new Set(boxes.map((box) => box.fontSize))).toEqual(new Set([17]));
  });

  it('measures and draws the labels at 17 px, short ones on one line within the box', async () => {
    const positioned = await layoutRoadmap(doc, { measurer });
    for (const label of ['Cogs', 'Gear trains', 'Gadget basics', 'Ratchets', 'Leaf springs']) {
      const node = nodeOf(positioned, label);
      expect(node.font.size).toBe(17);
      expect(node.lines.map((line) => line.text)).toEqual([label]);
      for (const line of node.lines) {
        expect(line.x).toBeGreaterThanOrEqual(node.box.x);
        expect(line.x + line.width).toBeLessThanOrEqual(node.box.x + node.box.width);
      }
    }
    // "Cogs" in a 52 px box: too narrow for our 12 px padding, wide enough for the editor's.
    const cogs = nodeOf(positioned, 'Cogs');
    expect(cogs.box.width).toBe(52);
    expect(cogs.lines[0]?.width).toBeGreaterThan(52 - 24);
    const svg = renderSvg(positioned, { roadmap: doc });
    const text = svg.match(new RegExp(`id="rk-${idOf('Gear trains')}"[\\s\\S]*?</text>`))?.[0];
    // Its paint class, written in the SVG's <style>, sets the size.
    const paint = /<text class="(rk-p\d+)"/.exec(text ?? '')?.[1];
    expect(svg).toMatch(new RegExp(`\\.${paint}\\{font-size:17px;`));
  });

  it('shrinks a long label in a one-line box (with a warning) rather than wrapping it', async () => {
    const positioned = await layoutRoadmap(doc, { measurer });
    const long = nodeOf(positioned, 'Sprocket calibration and alignment');
    expect(long.lines).toHaveLength(1);
    expect(long.font.size).toBeLessThan(17);
    expect(long.font.size).toBeGreaterThanOrEqual(17 * 0.7);
    expect(positioned.warnings.filter((w) => w.code === 'label-shrunk').map((w) => w.id)).toEqual([
      long.id,
    ]);
    expect(positioned.warnings.filter((w) => w.code === 'label-overflow')).toEqual([]);
  });

  it('wraps a long label between words, at 17 px, in a box the author made two lines tall', async () => {
    const positioned = await layoutRoadmap(doc, { measurer });
    const tall = nodeOf(positioned, 'Widget assembly for beginners');
    expect(tall.font.size).toBe(17);
    expect(tall.lines.map((line) => line.text).join(' ')).toBe('Widget assembly for beginners');
    expect(tall.lines.length).toBe(2);
  });
});

const elementId = (text: string) => {
  const found = (doc.elements ?? []).find(
    (e) => ('label' in e && e.label === text) || ('text' in e && e.text === text),
  );
  if (!found) throw new Error(`no element "${text}"`);
  return found.id;
};

describe('overlaps the author made on purpose', () => {
  const overlaps = (positioned: PositionedRoadmap) =>
    positioned.warnings.filter((w) => w.code === 'pinned-overlap').map((w) => w.message);

  it('warns of none: buttons on their panel, a stacked label pair', async () => {
    expect(overlaps(await layoutRoadmap(doc, { measurer }))).toEqual([]);
  });

  it('still warns of a button moved half off its panel', async () => {
    const button = doc.elements?.find((e) => e.kind === 'button');
    const at = button?.position;
    if (!button || !at) throw new Error('the fixture has a pinned button');
    const moved = {
      ...doc,
      elements: doc.elements?.map((e) =>
        e === button ? { ...e, position: { x: at.x, y: at.y + 70 } } : e,
      ),
    } as RoadmapDocument;
    const messages = overlaps(await layoutRoadmap(moved, { measurer }));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`"${button.id}"`);
  });
});

describe('the legend as authored', () => {
  it('writes where the legend box was and draws the legend there', async () => {
    // The legend box is the top-most node, so the picture's frame starts at its top.
    expect(doc.legendPosition).toEqual({ x: 530, y: 0 });
    const positioned = await layoutRoadmap(doc, { measurer });
    expect(positioned.legend?.box).toMatchObject({
      x: 530 - positioned.origin.x,
      y: 0 - positioned.origin.y,
    });
  });

  it('leaves the legend to the layout in an auto import', () => {
    const auto = fromRoadmapSh(source, { layout: 'auto' }).value;
    expect(auto?.legend).toHaveLength(2);
    expect(auto?.legendPosition).toBeUndefined();
  });
});

describe('an auto layout of the as-authored document keeps authored groups together', () => {
  const laidOut = layoutRoadmap(doc, { measurer, layout: 'auto' });
  const boxOf = (positioned: PositionedRoadmap, id: string) => {
    const found = positioned.nodes.find((node) => node.id === id);
    if (!found) throw new Error(`"${id}" was not laid out`);
    return found.box;
  };
  const authored = (id: string) => {
    const found = (doc.elements ?? []).find((e) => e.id === id);
    if (!found || !('position' in found) || !found.position) throw new Error(`no "${id}"`);
    return found.position;
  };
  const offset = (positioned: PositionedRoadmap, a: string, b: string) => {
    const [pa, pb] = [boxOf(positioned, a), boxOf(positioned, b)];
    return { x: pb.x - pa.x, y: pb.y - pa.y };
  };
  const authoredOffset = (a: string, b: string) => ({
    x: authored(b).x - authored(a).x,
    y: authored(b).y - authored(a).y,
  });

  it('moves a panel with its buttons, and a label with the link under it, offsets kept', async () => {
    const positioned = await laidOut;
    const panel = elementId('Related roadmaps and guides');
    for (const button of ['Gears', 'Chains'])
      expect(offset(positioned, panel, elementId(button))).toEqual(
        authoredOffset(panel, elementId(button)),
      );
    const [ask, link] = [
      elementId('Looking for a shorter path?'),
      elementId('Try the starter track'),
    ];
    expect(offset(positioned, ask, link)).toEqual(authoredOffset(ask, link));
    // Each block moved as a whole: the panel is not where it was authored.
    expect(boxOf(positioned, panel)).not.toMatchObject(authored(panel));
    expect(positioned.nodes.find((n) => n.id === panel)?.group).toBe(panel);
  });

  it('frames the subtopics a section was drawn around, its caption becoming its label', async () => {
    const positioned = await laidOut;
    const caption = elementId('Locking parts');
    expect(positioned.nodes.some((node) => node.id === caption)).toBe(false);
    const frame = positioned.sections.find((s) => s.lines.some((l) => l.text === 'Locking parts'));
    if (!frame) throw new Error('the section around the locking parts is not drawn');
    for (const label of ['Ratchets', 'Pawls']) {
      const inside = nodeOf(positioned, label).box;
      expect(inside.x).toBeGreaterThanOrEqual(frame.box.x);
      expect(inside.y).toBeGreaterThanOrEqual(frame.box.y);
      expect(inside.x + inside.width).toBeLessThanOrEqual(frame.box.x + frame.box.width);
      expect(inside.y + inside.height).toBeLessThanOrEqual(frame.box.y + frame.box.height);
    }
  });

  it('keeps the section that frames no topic, with the text drawn on it', async () => {
    const positioned = await laidOut;
    const text = boxOf(positioned, elementId('Practise with a kit'));
    const note = positioned.sections.find(
      (s) =>
        s.lines.length === 0 &&
        s.box.x <= text.x &&
        s.box.y <= text.y &&
        s.box.x + s.box.width >= text.x + text.width &&
        s.box.y + s.box.height >= text.y + text.height,
    );
    expect(note?.box).toMatchObject({ width: 260, height: 110 });
    expect(positioned.sections).toHaveLength(2);
  });

  it('draws the tree, leaves the free line out, and keeps the layout invariants', async () => {
    const positioned = await laidOut;
    expect(positioned.lineElements).toEqual([]);
    expect(positioned.warnings.map((w) => w.code)).toContain('line-skipped');
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    // The tree's branch edges are drawn; the edge from the topic to the section is not.
    const section = positioned.sections.map((s) => s.id);
    expect(positioned.edges.some((e) => section.includes(e.to) || section.includes(e.from))).toBe(
      false,
    );
  });
});

describe('an auto import keeps a section that frames no topic', () => {
  const editor = (label: string) => ({
    nodes: [
      {
        id: 't',
        type: 'topic',
        position: { x: 0, y: 0 },
        width: 200,
        height: 49,
        data: { label: 'Gadgets' },
      },
      {
        id: 's',
        type: 'section',
        position: { x: 400, y: 0 },
        width: 200,
        height: 100,
        data: { label, style: { color: '#333333' } },
      },
    ],
    edges: [],
  });

  it('as a note beside the nearest topic when it has a label', () => {
    const result = fromRoadmapSh(editor('Practise daily'), { layout: 'auto' });
    expect(result.value?.elements).toEqual([
      { kind: 'label', id: 's', label: 'Practise daily', color: '#333333', near: 't' },
    ]);
    expect(result.issues.map((i) => i.message)).toContain(
      'section "Practise daily" (node "s") frames no topic, so an auto layout cannot place its box; kept its label as a note',
    );
  });

  it('as a pinned box in the as-authored document', () => {
    const result = fromRoadmapSh(editor('Practise daily'), { layout: 'manual' });
    expect(result.value?.elements).toMatchObject([
      { kind: 'section', id: 's', label: 'Practise daily', size: { width: 200, height: 100 } },
    ]);
  });
});
