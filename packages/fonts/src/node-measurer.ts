// Node only: a measurer over the shipped fonts, read from the package's `fonts/` folder, with
// the fallback chain found on disk.

import { loadFontData } from './font-files.js';
import { createMeasurer as createMeasurerFromBytes } from './measurer-node.js';
import {
  cjkFallbackFonts,
  emojiPictures,
  shippedFallbackFonts,
  userFallbackFonts,
} from './node-fallbacks.js';
import type { EmojiSource, FallbackFont, FontSources, Measurer } from './types.js';

/** Options of the Node `createMeasurer`. */
export interface NodeMeasurerOptions {
  /** The user's own font files (TTF, OTF, WOFF, WOFF2), tried before the shipped fallbacks. */
  readonly fontFiles?: readonly string[];
  /** More fallback fonts, tried after the user's files and before the shipped ones. */
  readonly fallbackFonts?: readonly FallbackFont[];
  /** `false`: no shipped Noto fonts nor `@roadmapkit/fonts-cjk` (only the given ones). */
  readonly shippedFallbacks?: boolean;
  /** The document's language (BCP 47): picks CJK glyph forms. */
  readonly locale?: string;
  /** Emoji pictures; default: `@roadmapkit/fonts-emoji` when installed; `false`: none. */
  readonly emoji?: EmojiSource | false;
}

/** Emoji pictures found on first use, so a text without emoji never looks for the package. */
function lazyEmoji(): EmojiSource {
  let source: EmojiSource | undefined | null = null;
  const get = () => {
    if (source === null) source = emojiPictures();
    return source;
  };
  return {
    get name() {
      return get()?.name ?? '';
    },
    get size() {
      return get()?.size ?? 36;
    },
    picture: (grapheme) => get()?.picture(grapheme),
  };
}

/**
 * Creates a measurer. Without arguments it reads the shipped Inter files from disk (Node);
 * with `{ regular, bold }` font bytes it uses those. Characters Inter lacks fall back to the
 * user's `fontFiles`, the shipped Noto fonts (Arabic, Hebrew, Devanagari, Thai, Bengali,
 * Tamil, Armenian, Georgian), then `@roadmapkit/fonts-cjk` when installed; emoji are drawn
 * from `@roadmapkit/fonts-emoji` when installed. Fallback fonts are read on first use. In a
 * browser bundle import `createMeasurer` from `@roadmapkit/fonts/measurer`.
 */
export function createMeasurer(fonts?: FontSources, options: NodeMeasurerOptions = {}): Measurer {
  const emoji = options.emoji === false ? undefined : (options.emoji ?? lazyEmoji());
  return createMeasurerFromBytes(fonts ?? loadFontData(), {
    fallbackFonts: () => [
      ...userFallbackFonts(options.fontFiles ?? []),
      ...(options.fallbackFonts ?? []),
      ...(options.shippedFallbacks === false ? [] : shippedFallbackFonts()),
      ...(options.shippedFallbacks === false ? [] : cjkFallbackFonts()),
    ],
    ...(emoji ? { emoji } : {}),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
}
