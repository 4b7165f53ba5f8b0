import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { visibleText } from '@roadmapkit/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paintsIn } from '../test/paint.js';
import { expectSafe, fixture, layout } from '../test/pipeline.js';
import { documentFrom, example, HOSTILE } from '../test/sample.js';
import { renderSvg } from './render-svg.js';
import { contrastRatio, DARK_THEME, LIGHT_THEME } from './theme.js';

describe('renderSvg', () => {
  it('draws every kind of element (reviewed snapshot)', async () => {
    const doc = fixture('features.yaml');
    const svg = expectSafe(renderSvg(await layout(doc), { roadmap: doc }));
    await expect(svg).toMatchFileSnapshot('../test/__file_snapshots__/features.svg');
  });

  it('draws the dark theme (reviewed snapshot)', async () => {
    const doc = fixture('features.yaml');
    const svg = expectSafe(renderSvg(await layout(doc), { roadmap: doc, theme: 'dark' }));
    await expect(svg).toMatchFileSnapshot('../test/__file_snapshots__/features-dark.svg');
  });

  it('is clean: no svg.js bookkeeping, ids from node ids, a viewBox the size of the canvas', async () => {
    const doc = fixture('features.yaml');
    const positioned = await layout(doc);
    const svg = renderSvg(positioned, { roadmap: doc });
    expect(svg).not.toContain('data-svgjs');
    expect(svg).toContain(`viewBox="0 0 ${positioned.width} ${positioned.height}"`);
    for (const node of positioned.nodes) expect(svg).toContain(`id="rk-${node.id}"`);
    expect(svg.match(/ id="([^"]+)"/g)?.length).toBe(new Set(svg.match(/ id="([^"]+)"/g)).size);
  });

  it('is accessible: a title and description, named groups, real links, spine reading order', async () => {
    const doc = fixture('features.yaml');
    const svg = renderSvg(await layout(doc), { roadmap: doc, contentHref: (id) => `#topic-${id}` });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="rk--doc-title rk--doc-desc"/);
    expect(svg).toContain('<title id="rk--doc-title">Every Part</title>');
    expect(svg).toContain(
      '<desc id="rk--doc-desc">A small roadmap that draws each kind of element once.</desc>',
    );
    expect(svg).toContain(
      '<a href="https://example.com/history" id="rk-history" class="rk-subtopic" aria-label="A longer subtopic label that wraps">',
    );
    expect(svg).toContain(
      '<a href="#topic-basics" id="rk-basics" class="rk-topic" aria-label="The basics (Recommended)">',
    );
    const order = [
      ...svg.matchAll(/id="rk-(basics|terms|history|tools|editor|practice|projects)"/g),
    ].map((m) => m[1]);
    expect(order).toEqual([
      'basics',
      'terms',
      'history',
      'tools',
      'editor',
      'practice',
      'projects',
    ]);
  });

  it('auto theme: light attributes plus a dark prefers-color-scheme block', async () => {
    const doc = fixture('features.yaml');
    const svg = renderSvg(await layout(doc), { roadmap: doc, theme: 'auto' });
    expect(svg).toContain('@media (prefers-color-scheme: dark)');
    // The light paint stays the picture's own (a paint class), the dark block comes after it.
    expect(paintsIn(svg, 'fill')).toContain('#fdff00');
    expect(svg.indexOf('{fill:#fdff00;')).toBeLessThan(svg.indexOf('@media'));
  });

  it('embeds subset fonts on request', async () => {
    const doc = example('minimal');
    const positioned = await layout(doc);
    const plain = renderSvg(positioned, { roadmap: doc });
    const embedded = expectSafe(renderSvg(positioned, { roadmap: doc, embedFonts: true }));
    expect(plain).not.toContain('@font-face');
    expect(
      embedded.match(/@font-face \{ font-family: Inter; font-weight: (400|700);/g),
    ).toHaveLength(2);
    expect(embedded.length - plain.length).toBeLessThan(60_000);
  });

  it('draws the call-out link in the link colour, not the connector colour, in both themes', async () => {
    const doc = documentFrom(`schemaVersion: 1
id: callout
title: T
callouts: [{ text: Read more, url: 'https://example.com/', linkLabel: the guide }]
topics: [{ id: t, label: Topic }]
`);
    const positioned = await layout(doc);
    for (const theme of [LIGHT_THEME, DARK_THEME]) {
      const svg = renderSvg(positioned, { roadmap: doc, theme: theme.name as 'light' | 'dark' });
      const link =
        /<a [^>]*href="https:\/\/example\.com\/"[^>]*>([\s\S]*?)<\/a>/.exec(svg)?.[1] ?? '';
      expect(paintsIn(svg, 'fill', link)).toEqual([theme.colors.link]);
      expect(theme.colors.link).not.toBe(theme.colors.edge);
      expect(contrastRatio(theme.colors.link, theme.colors.background)).toBeGreaterThanOrEqual(4.5);
    }
    // A light picture viewed in dark mode repaints the link with the dark theme's link colour.
    expect(renderSvg(positioned, { roadmap: doc, theme: 'auto' })).toContain(
      `.rk-callout a text, .rk-callout a .rk-glyphs { fill: ${DARK_THEME.colors.link} }`,
    );
  });

  it('escapes quotes, markup, CDATA ends, emoji, RTL and combining marks in every text', async () => {
    const text = JSON.stringify(HOSTILE);
    const doc = documentFrom(`schemaVersion: 1
id: hostile
title: ${text}
description: ${text}
legend: [{ id: l, label: ${text}, color: red }]
callouts: [{ text: ${text}, url: 'https://example.com/?a="b"&c=<d>', linkLabel: ${text} }]
topics:
  - { id: t, label: ${text}, legend: l, url: 'https://example.com/"onload="x' }
  - { id: u, label: ${text}, subtopics: [{ id: s, label: ${text} }] }
elements:
  - { kind: paragraph, id: p, text: ${text} }
  - { kind: button, id: b, label: ${text}, url: 'https://example.com', badge: ${text} }
  - { kind: checklist, id: c, label: ${text}, items: [{ id: i, label: ${text} }] }
  - { kind: section, id: sec, label: ${text}, topics: [t] }
`);
    const svg = expectSafe(renderSvg(await layout(doc), { roadmap: doc }));
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain(']]>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('🚀 مرحبا e\u0301');
    expect(svg).toContain('href="https://example.com/&quot;onload=&quot;x"');
  });

  // Each run lays out and draws a roadmap: few runs (hostile-text.test.ts covers more fields),
  // and a timeout for a loaded machine.
  it('arbitrary strings in every text field give well-formed, safe SVG', {
    timeout: 90_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }), async (raw) => {
        const label = visibleText(raw) === '' ? `x${raw}` : raw;
        const doc = documentFrom(
          `schemaVersion: 1\nid: p\ntitle: ${JSON.stringify(label)}\ntopics:\n  - { id: t, label: ${JSON.stringify(label)}, subtopics: [{ id: s, label: ${JSON.stringify(label)} }] }\nelements: [{ kind: paragraph, id: p, text: ${JSON.stringify(label)} }]\n`,
        );
        expectSafe(renderSvg(await layout(doc), { roadmap: doc }));
      }),
      { numRuns: 12, seed: 42 },
    );
  });

  // Each child process loads the built packages and draws a small fixture (the property does
  // not depend on size); the generous timeout is for a loaded machine, not for the work.
  it('gives the same bytes in two separate processes', { timeout: 90_000 }, () => {
    const script = `
      const { readFileSync } = await import('node:fs');
      const { createHash } = await import('node:crypto');
      const { parseRoadmap } = await import('@roadmapkit/schema');
      const { layoutRoadmap } = await import('@roadmapkit/layout');
      const { createMeasurer } = await import('@roadmapkit/fonts');
      const { renderSvg, renderPng } = await import('@roadmapkit/render');
      const doc = parseRoadmap(readFileSync(${JSON.stringify(join(import.meta.dirname, '../test/fixtures/features.yaml'))}, 'utf8')).value;
      const svg = renderSvg(await layoutRoadmap(doc, { measurer: createMeasurer() }), { roadmap: doc });
      const hash = (data) => createHash('sha256').update(data).digest('hex');
      process.stdout.write(hash(svg) + ' ' + hash(renderPng(svg)));
    `;
    const run = () =>
      spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: join(import.meta.dirname, '..'),
        encoding: 'utf8',
      });
    const first = run();
    const second = run();
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^[0-9a-f]{64} [0-9a-f]{64}$/);
    expect(second.stdout).toBe(first.stdout);
  });
});
