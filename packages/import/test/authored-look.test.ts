import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap, type PositionedRoadmap } from '@roadmapkit/layout';
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
    expect(text).toContain('font-size="17"');
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
