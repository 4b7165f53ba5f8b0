export type { FontFiles } from './font-files.js';
export { fontDirectory, fontFiles, fontLicenseFile, loadFontData } from './font-files.js';
export * from './measurer-names.js';
export { subsetFont } from './measurer-node.js';
export {
  cjkPackage,
  emojiPackage,
  emojiPictures,
  shippedFallbackFonts,
  twemojiName,
  userFallbackFonts,
} from './node-fallbacks.js';
export { createMeasurer, type NodeMeasurerOptions } from './node-measurer.js';
export { subsetFontFileSync } from './web-font-subset-sync.js';
export { type DrawnText, fontFaceCss, subsetFontFile } from './web-fonts.js';
