import { themeRules } from '../svg/theme-style.js';
import { DARK_THEME, LIGHT_THEME } from '../theme.js';

/**
 * The picture's colours when the reader picks a theme: the page's own rules for light and
 * dark under `:root[data-theme=…]`, which outrank the SVG's `prefers-color-scheme` rules.
 */
export function pictureThemeCss(): string {
  return [
    themeRules(LIGHT_THEME, ':root[data-theme=light] #rk-stage svg'),
    themeRules(DARK_THEME, ':root[data-theme=dark] #rk-stage svg'),
  ].join('\n');
}
