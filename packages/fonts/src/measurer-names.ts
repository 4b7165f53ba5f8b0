// The names both measurer entries offer (the browser one and the Node one): everything but
// `createMeasurer` and `subsetFont`, which each entry gives with its own way to load fontkit.
export { emojiWidthEm, otherWidthEm, wideWidthEm } from './fallback-width.js';
export {
  fontFamily,
  fontFamilyStack,
  fontFamilyStackFor,
  fontFileNames,
  fontLicenseFileName,
  fontWeights,
} from './font-family.js';
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
