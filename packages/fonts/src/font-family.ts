import type { FontWeight } from './types.js';

/** The CSS family name of the shipped font (Inter, SIL Open Font License 1.1). */
export const fontFamily = 'Inter';

/**
 * A CSS `font-family` value: the shipped font first, then common sans-serif, emoji and CJK
 * fonts for viewers of an SVG that does not embed the font, then the generic family.
 */
export const fontFamilyStack =
  "Inter, 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, " +
  "'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', " +
  "'Noto Sans CJK SC', 'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei', sans-serif";

/** The CSS `font-weight` number of each shipped weight. */
export const fontWeights: Readonly<Record<FontWeight, number>> = Object.freeze({
  regular: 400,
  bold: 700,
});

/** The file name of each shipped weight, inside the package's `fonts/` folder. */
export const fontFileNames: Readonly<Record<FontWeight, string>> = Object.freeze({
  regular: 'Inter-Regular.ttf',
  bold: 'Inter-Bold.ttf',
});

/** The file name of the fonts' licence text, inside the package's `fonts/` folder. */
export const fontLicenseFileName = 'OFL.txt';
