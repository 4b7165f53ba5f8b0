export { emojiWidthEm, otherWidthEm, wideWidthEm } from './fallback-width.js';
export {
  fontFamily,
  fontFamilyStack,
  fontFileNames,
  fontLicenseFileName,
  fontWeights,
} from './font-family.js';
export type { FontFiles } from './font-files.js';
export { fontDirectory, fontFiles, fontLicenseFile, loadFontData } from './font-files.js';
export { subsetFont } from './font-subset.js';
export { createMeasurer } from './node-measurer.js';
export type {
  FontSources,
  FontWeight,
  Measurer,
  TextStyle,
  VerticalMetrics,
  WrapOptions,
  WrappedLine,
  WrappedText,
} from './types.js';
export { version } from './version.js';
