import { expect, it } from 'vitest';
import { paintsIn } from '../../test/paint.js';
import { expectSafe, fixture, layout } from '../../test/pipeline.js';
import { renderSvg } from '../render-svg.js';

it('outlines added and changed boxes, veils removed ones, and adds a key under the picture', async () => {
  const doc = fixture('features.yaml');
  const positioned = await layout(doc);
  const [first, second, third] = positioned.nodes;
  if (!first || !second || !third) throw new Error('the fixture has fewer than three nodes');
  const marks = { [first.id]: 'added', [second.id]: 'changed', [third.id]: 'removed' } as const;
  const svg = expectSafe(renderSvg(positioned, { roadmap: doc, marks }));
  const outline = (cls: string, box: typeof first.box) =>
    `<rect width="${Math.round((box.width + 8) * 100) / 100}" height="${Math.round((box.height + 8) * 100) / 100}" x="${Math.round((box.x - 4) * 100) / 100}" y="${Math.round((box.y - 4) * 100) / 100}" class="${cls} rk-p`;
  expect(svg).toContain(outline('rk-mark-added', first.box));
  expect(svg).toContain(outline('rk-mark-changed', second.box));
  expect(svg).toContain(outline('rk-mark-removed', third.box));
  expect(svg.match(/class="rk-ghost rk-p\d+"/g)).toHaveLength(1);
  // Outlines in their mark's colour, the removed one dashed.
  const outlines = svg.match(/<rect [^>]*class="rk-mark-[^"]*"[^>]*>/g) ?? [];
  expect(paintsIn(svg, 'stroke', outlines.join(''))).toEqual(['#16a34a', '#d97706', '#6b7280']);
  expect(paintsIn(svg, 'stroke-dasharray', outlines.join(''))).toEqual(['7 5']);
  expect(svg).toContain(`viewBox="0 0 ${positioned.width} ${positioned.height + 48}"`);
  expect(svg).toContain('aria-label="Changes"');
  // The outlines sit under the nodes; the ghost veil over them.
  const order = ['rk-change-marks-under', 'rk-nodes', 'rk-change-marks-over'].map((c) =>
    svg.indexOf(c),
  );
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

it('draws no marks and keeps the canvas size without the option', async () => {
  const doc = fixture('features.yaml');
  const positioned = await layout(doc);
  const svg = renderSvg(positioned, { roadmap: doc });
  expect(svg).not.toContain('rk-mark-');
  expect(svg).not.toContain('rk-change-key');
  expect(svg).toContain(`viewBox="0 0 ${positioned.width} ${positioned.height}"`);
});
