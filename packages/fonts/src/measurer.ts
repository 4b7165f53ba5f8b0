// The `@roadmapkit/fonts/measurer` entry: the measurer without any file system access, for
// browser bundles. Pass the font bytes (fetched, or imported as assets) to `createMeasurer`.
export { createMeasurer } from './create-measurer.js';
export { emojiWidthEm, otherWidthEm, wideWidthEm } from './fallback-width.js';
export {
  fontFamily,
  fontFamilyStack,
  fontFamilyStackFor,
  fontFileNames,
  fontLicenseFileName,
  fontWeights,
} from './font-family.js';
export { subsetFont } from './font-subset.js';
export { describeCharacters, missingFontHint } from './missing-font-hint.js';
export { paragraphDirection } from './paragraph-direction.js';
export type {
  EmojiSource,
  FallbackFont,
  FontSources,
  FontWeight,
  Measurer,
  MeasurerOptions,
  PlacedGlyph,
  ShapedLine,
  ShapedRun,
  TextStyle,
  UsedFont,
  VerticalMetrics,
  WrapOptions,
  WrappedLine,
  WrappedText,
} from './types.js';
export { version } from './version.js';
export { breakMarker } from './wrap-lines.js';
