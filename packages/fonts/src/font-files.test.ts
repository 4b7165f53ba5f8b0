import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFamily } from './font-family.js';
import { fontFiles, fontLicenseFile, loadFontData } from './font-files.js';

const sfntVersion = (bytes: Uint8Array) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);

describe('fontFiles', () => {
  it('gives absolute paths of existing TTF files, one per weight', () => {
    const files = fontFiles();
    expect(Object.keys(files)).toEqual(['regular', 'bold']);
    for (const path of Object.values(files)) {
      expect(isAbsolute(path)).toBe(true);
      expect(path).toMatch(/\.ttf$/);
      expect(existsSync(path)).toBe(true);
    }
    expect(files.regular).not.toBe(files.bold);
  });

  it('points at the same files as the ./fonts/* export', () => {
    const require = createRequire(import.meta.url);
    expect(require.resolve('@roadmapkit/fonts/fonts/Inter-Bold.ttf')).toBe(fontFiles().bold);
  });

  it('ships the SIL Open Font License next to the fonts', () => {
    const license = readFileSync(fontLicenseFile(), 'utf8');
    expect(license).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(license).toContain(`The ${fontFamily} Project Authors`);
  });
});

describe('loadFontData', () => {
  it('reads TrueType bytes, different per weight', () => {
    const data = loadFontData();
    expect(data.regular).toBeInstanceOf(Uint8Array);
    expect(sfntVersion(data.regular)).toBe(0x0001_0000);
    expect(sfntVersion(data.bold)).toBe(0x0001_0000);
    expect(data.regular.byteLength).toBeGreaterThan(10_000);
    expect(Buffer.from(data.regular).equals(Buffer.from(data.bold))).toBe(false);
  });

  it('returns fresh arrays on each call', () => {
    const first = loadFontData();
    first.regular[0] = 0xff;
    expect(loadFontData().regular[0]).toBe(0);
  });
});
