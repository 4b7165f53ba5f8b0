// The `@roadmapkit/render/svg` entry: SVG drawing on a DOM you provide (a browser's own
// `window`), without svgdom, resvg or pdfkit, so it bundles for browsers.
export { escapeXml, safeHref, xmlSafeText } from './escape.js';
export { checkSafeMarkup } from './safe-markup.js';
export { renderSvgWith, type SvgOptions } from './svg/render-svg-core.js';
export {
  contrastRatio,
  DARK_THEME,
  LIGHT_THEME,
  resolveTheme,
  type Theme,
  type ThemeColors,
  type ThemeInput,
  toHex,
} from './theme.js';
