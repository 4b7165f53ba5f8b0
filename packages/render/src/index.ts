export { escapeXml, safeHref, xmlSafeText } from './escape.js';
export { checkSafePage } from './html/check-safe-page.js';
export { type HtmlOptions, renderHtml } from './html/render-html.js';
export { markdownToHtml } from './markdown/markdown-html.js';
export { markdownToText } from './markdown/markdown-to-text.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { type PdfOptions, renderPdf } from './pdf.js';
export {
  checkPdfBudget,
  checkPixelBudget,
  checkPngBudget,
  DEFAULT_MAX_PIXELS,
  type PictureSize,
  PixelBudgetError,
  pngCanvasSize,
} from './pixel-budget.js';
export { type PngOptions, renderPng } from './png.js';
export { BAND_PIXELS, renderPngAsync } from './png-bands.js';
export { embeddedFontCss, type RenderSvgOptions, renderSvg } from './render-svg.js';
export { checkSafeMarkup, type SafeMarkupOptions } from './safe-markup.js';
export type { ChangeMark, ChangeMarks } from './svg/change-marks.js';
export {
  contrastRatio,
  DARK_THEME,
  LIGHT_THEME,
  luminance,
  resolveTheme,
  TEXT_PAIRS,
  type Theme,
  type ThemeColors,
  type ThemeInput,
  toHex,
} from './theme.js';
export { localeAttributes, UI_MESSAGES, type UiMessages, uiMessages } from './ui-messages.js';
export { version } from './version.js';
