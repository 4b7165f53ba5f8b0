import { validateRoadmap } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { checkLayoutInvariants, crossLinkReport } from '../src/index.js';
import { generateRoadmap } from '../src/testing/index.js';
import { layout } from './layout.js';

describe('cross-links of generated roadmaps', () => {
  // Roadmaps of 80 to 150 boxes with one or two explicit edges between random boxes.
  const cases = [
    [80, 1],
    [80, 3],
    [80, 4],
    [147, 1],
    [147, 2],
    [147, 3],
    [147, 4],
    [120, 7],
  ] as const;
  it.each(cases)(
    '%i boxes, seed %i: out of the margin, off the spine, the short way',
    async (nodes, seed) => {
      const doc = validateRoadmap(generateRoadmap({ nodes, seed })).value;
      if (!doc) throw new Error('the generated roadmap is not valid');
      const positioned = await layout(doc);
      const links = positioned.edges.filter((e) => e.origin === 'explicit');
      expect(links.length).toBeGreaterThan(0);
      const report = crossLinkReport(positioned, 24);
      expect(report.inMargin).toBe(0);
      expect(report.crossSpine).toBe(0);
      // Never within 6 px of another line (centre lines 9.5 px apart) for more than 20 px.
      expect(report.longestNearRun).toBeLessThanOrEqual(20);
      // Not round the picture: at most a little over twice the distance between the ends.
      expect(report.detour).toBeLessThan(2.5);
    },
    60_000,
  );

  it('routes a link across a tall roadmap around the boxes once the shared budget is spent', async () => {
    // 1,634 boxes, seed 2: a link from near the top to near the bottom, 16,000 px apart,
    // that the last small search could not route (it crossed some hundred boxes).
    const doc = validateRoadmap(generateRoadmap({ nodes: 1634, seed: 2 })).value;
    if (!doc) throw new Error('the generated roadmap is not valid');
    const positioned = await layout(doc);
    expect(checkLayoutInvariants(positioned)).toEqual([]);
    expect(positioned.warnings.filter((w) => w.code === 'edge-crosses-node')).toEqual([]);
  }, 120_000);
});

describe('crossLinkReport, detour', () => {
  it('is the longest link over the distance between its ends, 1 without links', () => {
    const edge = (points: { x: number; y: number }[]) => ({
      from: 'a',
      to: 'b',
      style: 'dotted' as const,
      origin: 'explicit' as const,
      points,
    });
    const base = { width: 1000, height: 1000, nodes: [] };
    expect(crossLinkReport({ ...base, edges: [] }, 24).detour).toBe(1);
    const straight = edge([
      { x: 100, y: 100 },
      { x: 100, y: 300 },
      { x: 200, y: 300 },
    ]);
    // Out 300, down 200, back 300: 800 px for ends 200 px apart.
    const round = edge([
      { x: 100, y: 100 },
      { x: 400, y: 100 },
      { x: 400, y: 300 },
      { x: 100, y: 300 },
    ]);
    expect(crossLinkReport({ ...base, edges: [straight] }, 24).detour).toBe(1);
    expect(crossLinkReport({ ...base, edges: [straight, round] }, 24).detour).toBe(4);
  });
});

describe('crossLinkReport, runs along the edge of the picture', () => {
  it('is the longest straight run of a link within twice the margin of the border', () => {
    const base = { width: 1000, height: 1000, nodes: [] };
    const link = {
      from: 'a',
      to: 'b',
      style: 'dotted' as const,
      origin: 'explicit' as const,
      // In from the middle, 600 px down at x = 30 (inside 2 × 24 of the left border), back.
      points: [
        { x: 400, y: 100 },
        { x: 30, y: 100 },
        { x: 30, y: 700 },
        { x: 400, y: 700 },
      ],
    };
    const report = crossLinkReport({ ...base, edges: [link] }, 24);
    expect(report.edgeRun).toBe(600);
    expect(report.links).toEqual([
      { from: 'a', to: 'b', length: 1340, detour: 1340 / 600, edgeRun: 600 },
    ]);
    const inner = { ...link, points: link.points.map((p) => ({ ...p, x: p.x === 30 ? 60 : p.x })) };
    expect(crossLinkReport({ ...base, edges: [inner] }, 24).edgeRun).toBe(0);
  });
});
