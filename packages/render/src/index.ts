export { escapeXml, safeHref, xmlSafeText } from './escape.js';
export { type HtmlOptions, renderHtml } from './html.js';
export { escapeMarkdown, renderMarkdown } from './markdown.js';
export { markdownToHtml, markdownToText } from './markdown-html.js';
export { type PdfOptions, renderPdf } from './pdf.js';
export { checkPixelBudget, DEFAULT_MAX_PIXELS, PixelBudgetError } from './pixel-budget.js';
export { type PngOptions, renderPng } from './png.js';
export { type RenderSvgOptions, renderSvg } from './render-svg.js';
export { checkSafeMarkup } from './safe-markup.js';
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
export { version } from './version.js';
