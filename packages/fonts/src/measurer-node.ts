// The `@roadmapkit/fonts/measurer` entry as Node resolves it: the same names as the browser
// entry (`measurer.ts`), with fontkit required on first use instead of imported at start-up.
import { createMeasurerWith } from './create-measurer.js';
import { subsetFontWith } from './font-subset.js';
import { requireFontkit } from './require-fontkit.js';
import type { FontSources, Measurer, MeasurerOptions } from './types.js';

export * from './measurer-names.js';

/**
 * Creates a measurer from font bytes (TTF or OTF). The shipped fonts measure Latin text from
 * a precomputed table; fontkit is loaded the first time other text needs shaping.
 */
export function createMeasurer(fonts: FontSources, options?: MeasurerOptions): Measurer {
  return createMeasurerWith(requireFontkit, fonts, options);
}

/** A TrueType font holding only the glyphs needed to draw `text` (see `subsetFontWith`). */
export function subsetFont(bytes: Uint8Array, text: string): Uint8Array {
  return subsetFontWith(requireFontkit(), bytes, text);
}
