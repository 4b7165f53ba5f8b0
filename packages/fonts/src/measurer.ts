// The `@roadmapkit/fonts/measurer` entry: the measurer without any file system access, for
// browser bundles. Pass the font bytes (fetched, or imported as assets) to `createMeasurer`.
// (Node resolves this entry to `measurer-node.ts`, which loads fontkit only when needed.)
import { create } from 'fontkit';
import { createMeasurerWith } from './create-measurer.js';
import { subsetFontWith } from './font-subset.js';
import type { FontSources, Measurer, MeasurerOptions } from './types.js';

export * from './measurer-names.js';

/**
 * Creates a measurer from font bytes (TTF or OTF), with no file system and no DOM, so it runs
 * in Node and in a browser bundle alike. Word widths are cached in the measurer.
 */
export function createMeasurer(fonts: FontSources, options?: MeasurerOptions): Measurer {
  return createMeasurerWith(() => create, fonts, options);
}

/** A TrueType font holding only the glyphs needed to draw `text` (see `subsetFontWith`). */
export function subsetFont(bytes: Uint8Array, text: string): Uint8Array {
  return subsetFontWith(create, bytes, text);
}
