import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkLayoutInvariants,
  countCrossings,
  crossLinkReport,
  totalEdgeLength,
} from '../src/index.js';
import { formatJson } from './format-json.js';
import { layout } from './layout.js';
import { example, examplesDir } from './parse.js';

/** Every example that is a roadmap (a directory with a roadmap.yaml). */
const names = readdirSync(examplesDir)
  .filter((name) => existsSync(join(examplesDir, name, 'roadmap.yaml')))
  .sort();

describe.each(names)('the %s example', (name) => {
  it('keeps every layout invariant', async () => {
    const positioned = await layout(example(name));
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    expect(positioned.warnings).toEqual([]);
    expect(positioned.nodes.length).toBeGreaterThan(0);
  });

  it('is plain data: JSON gives it back unchanged', async () => {
    const positioned = await layout(example(name));
    expect(JSON.parse(JSON.stringify(positioned))).toEqual(positioned);
  });
});

it('has an example directory for each roadmap checked here', () => {
  expect(names).toEqual(expect.arrayContaining(['backend', 'minimal']));
});

describe('the backend example', () => {
  it('lays out portrait, at most 1,200 px wide and 4,500 px tall, with 16 px text or more', async () => {
    const positioned = await layout(example('backend'));
    expect(positioned.width).toBeLessThanOrEqual(1200);
    expect(positioned.height).toBeLessThanOrEqual(4500);
    expect(positioned.height).toBeGreaterThan(3 * positioned.width);
    const boxes = positioned.nodes.filter((n) => n.kind === 'topic' || n.kind === 'subtopic');
    for (const node of boxes) expect(node.font.size).toBeGreaterThanOrEqual(16);
    // One-line boxes of a kind share one height.
    const oneLine = boxes.filter((n) => n.kind === 'subtopic' && n.lines.length === 1);
    expect(new Set(oneLine.map((n) => n.box.height)).size).toBe(1);
    // A box grows wider (to its column's width) before it wraps: no subtopic wraps here.
    expect(boxes.filter((n) => n.kind === 'subtopic' && n.lines.length > 1)).toEqual([]);
    expect(positioned.nodes).toHaveLength(239);
    expect(positioned.edges).toHaveLength(237);
  });

  it('keeps its edges readable: few crossings, no long detours', async () => {
    const positioned = await layout(example('backend'));
    expect(countCrossings(positioned)).toBeLessThanOrEqual(20);
    expect(totalEdgeLength(positioned)).toBeLessThan(32_000);
  });

  it('routes its cross-links the short way: few crossings, off the spine and out of the margin', async () => {
    const positioned = await layout(example('backend'));
    const report = crossLinkReport(positioned, 24);
    expect(report.crossings).toBeLessThanOrEqual(3);
    expect(report.inMargin).toBe(0);
    expect(report.crossSpine).toBe(0);
    expect(report.longestNearRun).toBeLessThanOrEqual(20);
    // Not round the whole picture: shorter than its height plus its width.
    expect(report.longest).toBeLessThan(positioned.height * 0.75);
    // All of them together: 4,565 px for three links whose ends are 350 to 2,050 px apart.
    expect(report.total).toBeLessThan(5_000);
    // Each at most a third longer than the distance between its ends (GraphQL: 1.25).
    expect(report.detour).toBeLessThan(1.35);
  });

  it('keeps the spine calm: a gap between topics grows only with the bands around it', async () => {
    const doc = example('backend');
    const positioned = await layout(doc);
    const byId = new Map(positioned.nodes.map((n) => [n.id, n]));
    const band = (topic: string) => {
      const ids = new Set([topic]);
      for (const edge of positioned.edges)
        if (edge.origin === 'branch' && ids.has(edge.from)) ids.add(edge.to);
      for (const element of doc.elements ?? [])
        if ('near' in element && element.near !== undefined && ids.has(element.near))
          ids.add(element.id);
      const boxes = [...ids].map((id) => byId.get(id)?.box).filter((b) => b !== undefined);
      // The frames around the band's groups reach past its boxes.
      for (const frame of positioned.groupFrames ?? [])
        if (frame.members.some((id) => ids.has(id))) boxes.push(frame.box);
      return {
        top: Math.min(...boxes.map((b) => b.y)),
        bottom: Math.max(...boxes.map((b) => b.y + b.height)),
      };
    };
    const bandGap = 24;
    const spine = positioned.edges.filter((e) => e.origin === 'spine');
    expect(spine.length).toBe(doc.topics.length - 1);
    for (const edge of spine) {
      const upper = byId.get(edge.from)?.box;
      const lower = byId.get(edge.to)?.box;
      if (!upper || !lower) throw new Error('spine edge without topics');
      const gap = lower.y - (upper.y + upper.height);
      // Never closer than the band gap; never further than the band gap plus the part of
      // each band that reaches past its topic (below the upper one, above the lower one).
      const below = band(edge.from).bottom - (upper.y + upper.height);
      const above = lower.y - band(edge.to).top;
      expect(gap).toBeGreaterThanOrEqual(bandGap - 0.01);
      expect(gap).toBeLessThanOrEqual(bandGap + below + above + 0.01);
    }
  });

  it('matches the reviewed layout in __file_snapshots__/backend.layout.json', async () => {
    const positioned = await layout(example('backend'));
    expect(JSON.parse(formatJson(positioned))).toEqual(positioned);
    await expect(`${formatJson(positioned)}\n`).toMatchFileSnapshot(
      './__file_snapshots__/backend.layout.json',
    );
  });
});
