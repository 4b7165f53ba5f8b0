export { emojiWidthEm, otherWidthEm, wideWidthEm } from './fallback-width.js';
export {
  fontFamily,
  fontFamilyStack,
  fontFamilyStackFor,
  fontFileNames,
  fontLicenseFileName,
  fontWeights,
} from './font-family.js';
export type { FontFiles } from './font-files.js';
export { fontDirectory, fontFiles, fontLicenseFile, loadFontData } from './font-files.js';
export { subsetFont } from './measurer-node.js';
export { describeCharacters, missingFontHint } from './missing-font-hint.js';
export {
  cjkPackage,
  emojiPackage,
  emojiPictures,
  shippedFallbackFonts,
  twemojiName,
  userFallbackFonts,
} from './node-fallbacks.js';
export { createMeasurer, type NodeMeasurerOptions } from './node-measurer.js';
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
export { subsetFontFileSync } from './web-font-subset-sync.js';
export { type DrawnText, fontFaceCss, subsetFontFile } from './web-fonts.js';
export { breakMarker } from './wrap-lines.js';
