// Node only: finds and reads the font files shipped in this package's `fonts/` folder.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontFileNames, fontLicenseFileName } from './font-family.js';
import type { FontSources, FontWeight } from './types.js';

/** Absolute paths of the shipped font files, one per weight. */
export type FontFiles = Readonly<Record<FontWeight, string>>;

/**
 * The package's root folder, found by resolving its own `package.json` through the exports
 * map, which works from the ESM build, the CommonJS build (tsup shims `import.meta.url`), the
 * sources under vitest, and from a bundle as long as the package is installed.
 */
function packageRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@roadmapkit/fonts/package.json'));
}

/** The folder that holds the font files and their licence. */
export function fontDirectory(): string {
  return join(packageRoot(), 'fonts');
}

/** Absolute paths of the font files (for resvg `fontFiles`, PDF kits, `@font-face`). */
export function fontFiles(): FontFiles {
  const directory = fontDirectory();
  return {
    regular: join(directory, fontFileNames.regular),
    bold: join(directory, fontFileNames.bold),
  };
}

/** The absolute path of the fonts' licence text (SIL Open Font License 1.1). */
export function fontLicenseFile(): string {
  return join(fontDirectory(), fontLicenseFileName);
}

/**
 * Reads the font files. Each call reads them anew and returns fresh arrays, so a caller may
 * keep or change them; keep the result rather than calling this for every image.
 */
export function loadFontData(): FontSources {
  const files = fontFiles();
  const read = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
  return { regular: read(files.regular), bold: read(files.bold) };
}
