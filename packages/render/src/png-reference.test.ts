import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, layout } from '../test/pipeline.js';
import { differingPixels } from '../test/pixels.js';
import { renderPng } from './png.js';
import { renderSvg } from './render-svg.js';

const reference = join(import.meta.dirname, '../test/__file_snapshots__/features.png');

describe('PNG output', () => {
  it('matches the reviewed reference image within 0.5% of pixels', async () => {
    const doc = fixture('features.yaml');
    const png = renderPng(renderSvg(await layout(doc), { roadmap: doc }), { scale: 1 });
    // A new reference is written only on request, and must be looked at before it is committed.
    if (process.env.ROADMAPKIT_UPDATE_PNG === '1') writeFileSync(reference, png);
    expect(existsSync(reference), 'run with ROADMAPKIT_UPDATE_PNG=1 to write the reference').toBe(
      true,
    );
    const { count, total } = differingPixels(png, new Uint8Array(readFileSync(reference)));
    expect(count / total).toBeLessThan(0.005);
  });

  it('a changed picture is caught by the comparison', async () => {
    const doc = fixture('features.yaml');
    const svg = renderSvg(await layout(doc), { roadmap: doc });
    const changed = renderPng(svg.replace(/#fdff00/g, '#ff0000'));
    const { count, total } = differingPixels(changed, new Uint8Array(readFileSync(reference)));
    expect(count / total).toBeGreaterThan(0.005);
  });
});
