// Node only: the fallback fonts found on disk: this package's Noto fonts, the optional
// `@roadmapkit/fonts-cjk` and `@roadmapkit/fonts-emoji` packages, and the user's own files.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fontDirectory } from './font-files.js';
import { scriptFonts } from './script-fonts.js';
import type { EmojiSource, FallbackFont, FontWeight } from './types.js';
import { woffToSfnt } from './woff-to-sfnt.js';

/** The package a user installs for CJK text, named in missing-glyph warnings. */
export const cjkPackage = '@roadmapkit/fonts-cjk';
/** The package a user installs for colour emoji, named in missing-glyph warnings. */
export const emojiPackage = '@roadmapkit/fonts-emoji';

const weights: Readonly<Record<FontWeight, number>> = { regular: 400, bold: 700 };

/** Resolves an optional package's file from this package, then from the working directory. */
function resolveOptional(specifier: string): string | undefined {
  for (const base of [import.meta.url, join(process.cwd(), 'package.json')]) {
    try {
      return createRequire(base).resolve(specifier);
    } catch {
      // not installed there
    }
  }
  return undefined;
}

/** Reads a font file; a WOFF is unpacked to TTF/OTF with native zlib (fast to open). */
const read = (path: string) => (): Uint8Array => woffToSfnt(new Uint8Array(readFileSync(path)));

/** The Noto fonts shipped in `fonts/noto/` (Arabic, Hebrew, Devanagari, Thai, …). */
export function shippedFallbackFonts(): FallbackFont[] {
  const directory = join(fontDirectory(), 'noto');
  return scriptFonts.flatMap((font) =>
    (['regular', 'bold'] as const).map((weight) => ({
      family: font.family,
      weight,
      unicodeRange: font.unicodeRange,
      load: read(join(directory, font.file.replace('{weight}', String(weights[weight])))),
    })),
  );
}

interface CjkManifest {
  readonly weights: Readonly<Record<FontWeight, number>>;
  readonly fonts: readonly {
    readonly family: string;
    readonly locale: string;
    readonly chunks: readonly { readonly file: string; readonly unicodeRange: string }[];
  }[];
}

/** The CJK fonts of `@roadmapkit/fonts-cjk`, when it is installed (else none). */
export function cjkFallbackFonts(): FallbackFont[] {
  const manifestPath = resolveOptional(`${cjkPackage}/manifest.json`);
  if (manifestPath === undefined) return [];
  const root = dirname(manifestPath);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CjkManifest;
  return manifest.fonts.flatMap((font) =>
    font.chunks.flatMap((chunk) =>
      (['regular', 'bold'] as const).map((weight) => ({
        family: font.family,
        weight,
        locale: font.locale,
        unicodeRange: chunk.unicodeRange,
        load: read(join(root, chunk.file.replace('{weight}', String(manifest.weights[weight])))),
      })),
    ),
  );
}

/** Twemoji's file name for a grapheme: its code points in hex, VS16 dropped unless a ZWJ sequence. */
export function twemojiName(grapheme: string): string {
  const codePoints = [...grapheme].map((char) => char.codePointAt(0) ?? 0);
  const kept = grapheme.includes('\u200d') ? codePoints : codePoints.filter((c) => c !== 0xfe0f);
  return kept.map((c) => c.toString(16)).join('-');
}

/** The emoji pictures of `@roadmapkit/fonts-emoji` (Twemoji SVG), when installed. */
export function emojiPictures(): EmojiSource | undefined {
  const manifestPath = resolveOptional(`${emojiPackage}/manifest.json`);
  if (manifestPath === undefined) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    readonly name: string;
    readonly package: string;
    readonly viewBox: readonly number[];
  };
  let directory: string;
  try {
    directory = dirname(createRequire(manifestPath).resolve(`${manifest.package}/package.json`));
  } catch {
    return undefined;
  }
  const pictures = new Map<string, string | undefined>();
  return {
    name: manifest.name,
    size: manifest.viewBox[2] ?? 36,
    picture(grapheme) {
      if (pictures.has(grapheme)) return pictures.get(grapheme);
      const name = twemojiName(grapheme);
      const candidates = [name, twemojiName(grapheme.replace(/\ufe0f/g, ''))];
      let picture: string | undefined;
      for (const candidate of candidates) {
        const file = join(directory, `${candidate}.svg`);
        if (/^[0-9a-f-]+$/.test(candidate) && existsSync(file)) {
          const svg = readFileSync(file, 'utf8');
          picture = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
          break;
        }
      }
      pictures.set(grapheme, picture);
      return picture;
    },
  };
}

/**
 * The user's own font files as fallback fonts (tried before the shipped ones), for both
 * weights unless the file name says bold. The family is the file name without extension.
 */
export function userFallbackFonts(paths: readonly string[]): FallbackFont[] {
  return paths.flatMap((path) => {
    const family = basename(path)
      .replace(/\.(ttf|otf|woff2?)$/i, '')
      .replace(/[-_ ]?(regular|bold)$/i, '');
    const bold = /bold\.[a-z0-9]+$/i.test(path);
    const load = read(path);
    return bold
      ? [{ family, weight: 'bold' as const, load }]
      : [
          { family, weight: 'regular' as const, load },
          { family, weight: 'bold' as const, load },
        ];
  });
}
