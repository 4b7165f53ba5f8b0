import { parseRoadmap } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { expectSafe, layout } from '../../test/pipeline.js';
import { renderSvg } from '../render-svg.js';

// A white panel authored under a subtopic (the source drew the panel first).
const yaml = (order: string) => `
schemaVersion: 1
id: panel
title: Panel
layout: manual
${order}
topics:
  - id: topic
    label: Topic
    position: { x: 0, y: 0 }
    size: { width: 160, height: 40 }
    subtopics:
      - { id: sub, label: On the panel, position: { x: 220, y: 20 }, size: { width: 160, height: 40 } }
elements:
  - { kind: paragraph, id: panel, text: Related, background: white, position: { x: 200, y: 0 }, size: { width: 200, height: 120 } }
`;

async function drawnIds(order: string): Promise<string[]> {
  const doc = parseRoadmap(yaml(order)).value;
  if (!doc) throw new Error('invalid sample');
  const svg = expectSafe(renderSvg(await layout(doc), { roadmap: doc }));
  return [...svg.matchAll(/id="rk-(topic|sub|panel)"/g)].map((m) => m[1] ?? '');
}

describe('drawing order', () => {
  it('draws boxes in the document drawOrder, bottom first', async () => {
    expect(await drawnIds('drawOrder: [panel, topic, sub]')).toEqual(['panel', 'topic', 'sub']);
  });

  it('without drawOrder, draws in reading order (the tree, then the other elements)', async () => {
    expect(await drawnIds('')).toEqual(['topic', 'sub', 'panel']);
  });
});
