// Node only: a measurer over the shipped fonts, read from the package's `fonts/` folder.
import { createMeasurer as createMeasurerFromBytes } from './create-measurer.js';
import { loadFontData } from './font-files.js';
import type { FontSources, Measurer } from './types.js';

/**
 * Creates a measurer. Without arguments it reads the shipped Inter files from disk (Node);
 * with `{ regular, bold }` font bytes it uses those. In a browser bundle import
 * `createMeasurer` from `@roadmapkit/fonts/measurer`, which never touches the file system.
 */
export function createMeasurer(fonts?: FontSources): Measurer {
  return createMeasurerFromBytes(fonts ?? loadFontData());
}
