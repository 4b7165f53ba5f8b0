import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontData } from './font-files.js';
import { latinOutlines } from './latin-outlines.js';
import { latinWidths } from './latin-widths.js';

const fonts = loadFontData();
const weights = ['regular', 'bold'] as const;

describe('the precomputed Latin outlines', () => {
  it('are the outlines fontkit gives for each printable ASCII character', () => {
    for (const weight of weights) {
      const font = create(Buffer.from(fonts[weight])) as ReturnType<typeof create> & {
        glyphForCodePoint(code: number): { path: { toSVG(): string } };
      };
      const paths = latinOutlines[weight].paths.split('|');
      expect(paths).toHaveLength(95);
      paths.forEach((path, i) => {
        expect([weight, i + 0x20, path]).toEqual([
          weight,
          i + 0x20,
          font.glyphForCodePoint(i + 0x20).path.toSVG(),
        ]);
      });
      expect(paths[0]).toBe('');
    }
  });

  it('were made from the same font files as the width table', () => {
    for (const weight of weights)
      expect(latinOutlines[weight].fingerprint).toBe(latinWidths[weight].fingerprint);
  });

  it('are what the generating script writes today', () => {
    const script = join(import.meta.dirname, '../scripts/latin-outlines.mjs');
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect([run.status, run.stderr]).toEqual([0, '']);
  }, 60_000);
});
