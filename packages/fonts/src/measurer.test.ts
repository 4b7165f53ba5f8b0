import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as node from './index.js';
import * as browser from './measurer.js';

/** The relative modules a source file imports (static `import … from './x.js'`). */
function localImports(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), 'utf8');
  return [...source.matchAll(/from '(\.\/[^']+)\.js'/g)].map((match) => `${match[1]}.ts`);
}

/** Every module specifier reached from `entry` through local imports. */
function reachableSpecifiers(entry: string): Set<string> {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(new URL(file, import.meta.url), 'utf8');
    for (const match of source.matchAll(/from '([^']+)'/g)) specifiers.add(match[1] ?? '');
    for (const next of localImports(file)) visit(next);
  };
  visit(entry);
  return specifiers;
}

describe('the @roadmapkit/fonts/measurer entry', () => {
  it('reaches no Node built-in module, so it bundles for a browser', () => {
    const reached = [...reachableSpecifiers('./measurer.ts')];
    expect(reached.filter((specifier) => specifier.startsWith('node:'))).toEqual([]);
    expect(reached).toContain('fontkit');
    // The Node entry does read files: the check above would catch it.
    expect([...reachableSpecifiers('./index.ts')]).toContain('node:fs');
  });

  it('offers the same names as the Node entry, less the file and package helpers', () => {
    const fileHelpers = [
      'fontDirectory',
      'fontFiles',
      'fontLicenseFile',
      'loadFontData',
      // fallback fonts and pictures found on disk, and hb-subset (reads its wasm from disk)
      'cjkPackage',
      'emojiPackage',
      'emojiPictures',
      'shippedFallbackFonts',
      'twemojiName',
      'userFallbackFonts',
      'fontFaceCss',
      'subsetFontFile',
      'subsetFontFileSync',
    ];
    expect(Object.keys(browser).sort()).toEqual(
      Object.keys(node)
        .filter((name) => !fileHelpers.includes(name))
        .sort(),
    );
  });

  it('measures the same as the Node entry when given the same bytes', () => {
    // Without fallback fonts on either side, both use the same approximations for CJK.
    const fromBytes = browser.createMeasurer(node.loadFontData());
    const fromDisk = node.createMeasurer(undefined, { shippedFallbacks: false, emoji: false });
    const options = { size: 15, maxWidth: 90, weight: 'bold' as const };
    const text = 'Relational databases, NoSQL and caching 日本 😀';
    expect(fromBytes.wrapText(text, options)).toEqual(fromDisk.wrapText(text, options));
    expect(fromBytes.measureText(text, options)).toBe(fromDisk.measureText(text, options));
  });
});
