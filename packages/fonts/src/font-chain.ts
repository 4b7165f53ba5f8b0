import { type CreateFont, type FontFace, parseFontFace } from './font-face.js';
import type { FallbackFont, FontWeight } from './types.js';
import { type CodePointRanges, inRanges, parseUnicodeRange } from './unicode-range.js';

/** A font of the chain, parsed. */
export interface ChainFace {
  readonly family: string;
  readonly weight: FontWeight;
  readonly face: FontFace;
  readonly bytes: Uint8Array;
}

interface Entry {
  readonly font: FallbackFont;
  readonly ranges: CodePointRanges | undefined;
  loaded?: ChainFace | null;
}

/** The order of CJK glyph forms for a locale: the locale's own first. */
function localeRank(locale: string | undefined, fontLocale: string | undefined): number {
  if (fontLocale === undefined) return 0;
  const want = (locale ?? '').toLowerCase();
  const han = /^zh-(hant|tw|hk|mo)/.test(want)
    ? 'zh-hant'
    : /^zh/.test(want)
      ? 'zh-hans'
      : /^ja/.test(want)
        ? 'ja'
        : /^ko/.test(want)
          ? 'ko'
          : 'zh-hans';
  return fontLocale.toLowerCase() === han ? 1 : 2;
}

/**
 * The fonts a measurer draws with: the main face of each weight first, then the fallback
 * fonts in order (CJK ones ordered by the locale). A fallback font is parsed the first time a
 * character in its range is asked for, and kept; a weight with no file of its own uses the
 * regular one.
 */
export interface FontChain {
  /** The first face of the chain that has a glyph for `codePoint`, or undefined. */
  faceFor(codePoint: number, weight: FontWeight): ChainFace | undefined;
  readonly main: Readonly<Record<FontWeight, ChainFace>>;
}

export function createFontChain(
  main: Readonly<Record<FontWeight, ChainFace>>,
  fallbacks: readonly FallbackFont[] | (() => readonly FallbackFont[]),
  locale: string | undefined,
  create: () => CreateFont,
): FontChain {
  let built: Record<FontWeight, Entry[]> | undefined;
  /** Every range any file claims (undefined: a file claims all), to turn others away at once. */
  let claimed: CodePointRanges | undefined;
  let claimsAll = false;
  const found = new Map<number, ChainFace | null>();
  // The list is built the first time the main font lacks a character (Latin text never does).
  const entriesFor = (weight: FontWeight): Entry[] => {
    if (built === undefined) {
      const list = typeof fallbacks === 'function' ? fallbacks() : fallbacks;
      const ranked = list
        .map((font, index) => ({ font, index, rank: localeRank(locale, font.locale) }))
        .sort((a, b) => a.rank - b.rank || a.index - b.index);
      built = { regular: [], bold: [] };
      // Files of one family share their ranges across weights: parse each range once.
      const parsed = new Map<string, CodePointRanges>();
      for (const { font } of ranked) {
        const range = font.unicodeRange;
        let ranges: CodePointRanges | undefined;
        if (range !== undefined) {
          ranges = parsed.get(range) ?? parseUnicodeRange(range);
          parsed.set(range, ranges);
        }
        built[font.weight].push({ font, ranges });
        if (ranges === undefined) claimsAll = true;
      }
      const all: string[] = [];
      for (const key of parsed.keys()) all.push(key);
      claimed = parseUnicodeRange(all.join(','));
    }
    return built[weight];
  };
  const load = (entry: Entry): ChainFace | null => {
    if (entry.loaded !== undefined) return entry.loaded;
    try {
      const bytes = entry.font.load();
      const face = parseFontFace(bytes, `fallback font ${entry.font.family}`, create());
      entry.loaded = { family: entry.font.family, weight: entry.font.weight, face, bytes };
    } catch {
      // A font that cannot be read is skipped, as a browser skips a broken @font-face.
      entry.loaded = null;
    }
    return entry.loaded;
  };
  const search = (list: readonly Entry[], codePoint: number): ChainFace | undefined => {
    for (const entry of list) {
      if (entry.ranges !== undefined && !inRanges(entry.ranges, codePoint)) continue;
      const face = load(entry);
      if (face?.face.covers(codePoint)) return face;
    }
    return undefined;
  };
  return {
    main,
    faceFor(codePoint, weight) {
      if (main[weight].face.covers(codePoint)) return main[weight];
      const key = weight === 'bold' ? -1 - codePoint : codePoint;
      const known = found.get(key);
      if (known !== undefined) return known ?? undefined;
      entriesFor(weight);
      const face =
        claimsAll || (claimed !== undefined && inRanges(claimed, codePoint))
          ? (search(entriesFor(weight), codePoint) ??
            (weight === 'bold' ? search(entriesFor('regular'), codePoint) : undefined))
          : undefined;
      if (found.size > 50_000) found.clear();
      found.set(key, face ?? null);
      return face;
    },
  };
}
