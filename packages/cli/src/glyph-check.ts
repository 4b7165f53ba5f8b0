import type { GlyphCheck } from '@roadmapkit/schema';

type Fonts = typeof import('@roadmapkit/fonts');
type Measurer = ReturnType<Fonts['createMeasurer']>;

/**
 * True when `text` has a character beyond ASCII and Latin-1, which the shipped Inter draws
 * whole: only then are the fonts read to look for characters that no font has.
 */
export function mayMissGlyphs(text: string): boolean {
  return /[^\t\n\r\x20-\x7e\u00a0-\u00ff]/u.test(text);
}

/** What the measurer's font chain can draw, for schema's `missing-glyph` warnings. */
export function glyphCheck(fonts: Fonts, measurer: Measurer): GlyphCheck {
  return {
    missing: (text) => measurer.missingCharacters?.(text) ?? [],
    hint: (characters) => fonts.missingFontHint(characters),
  };
}

/** The fonts package, or undefined when it is not installed (an optional dependency). */
export async function loadFonts(): Promise<Fonts | undefined> {
  try {
    return await import('@roadmapkit/fonts');
  } catch {
    return undefined;
  }
}
