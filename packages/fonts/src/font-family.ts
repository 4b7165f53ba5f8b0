import type { FontWeight } from './types.js';

/** The CSS family name of the shipped font (Inter, SIL Open Font License 1.1). */
export const fontFamily = 'Inter';

/** The families of the fallback chain, as `@font-face` rules of embedded fonts name them. */
const fallbackFamilies =
  "'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans Devanagari', 'Noto Sans Thai', " +
  "'Noto Sans Bengali', 'Noto Sans Tamil', 'Noto Sans Armenian', 'Noto Sans Georgian'";
const systemFamilies =
  "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, " +
  "'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'";
const cjkFamilies: Readonly<Record<'sc' | 'tc' | 'jp' | 'kr', string>> = {
  sc: "'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei'",
  tc: "'Noto Sans TC', 'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei'",
  jp: "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic'",
  kr: "'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic'",
};

/**
 * A CSS `font-family` value for a document in `locale` (BCP 47): Inter, the fallback chain's
 * families (the same names embedded fonts carry), common system fonts, then CJK families with
 * the locale's glyph forms first (Simplified Chinese by default), then `sans-serif`.
 */
export function fontFamilyStackFor(locale?: string): string {
  const want = (locale ?? '').toLowerCase();
  const first = /^zh-(hant|tw|hk|mo)/.test(want)
    ? 'tc'
    : /^ja/.test(want)
      ? 'jp'
      : /^ko/.test(want)
        ? 'kr'
        : 'sc';
  const order = [first, ...(['sc', 'tc', 'jp', 'kr'] as const).filter((k) => k !== first)];
  const cjk = order.map((key) => cjkFamilies[key as keyof typeof cjkFamilies]).join(', ');
  return `Inter, ${fallbackFamilies}, ${systemFamilies}, ${cjk}, sans-serif`;
}

/** `fontFamilyStackFor()` with no locale: CJK in Simplified Chinese forms first. */
export const fontFamilyStack = fontFamilyStackFor();

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
