import { frameHeaderColor, frameStroke, type Theme } from '../theme.js';

/**
 * The CSS rules that paint the picture's parts in a theme's colours. With a scope (the HTML
 * page passes `:root[data-theme=dark] svg`), every selector is put under it.
 */
export function themeRules(theme: Theme, scope = ''): string {
  const d = theme.colors;
  // A line drawn as glyph outlines (an emoji line of a picture with its own fonts) is a
  // `.rk-glyphs` group in place of a `text`: it takes the same colour.
  const rule = (selectors: string, body: string) =>
    `${selectors
      .split(', ')
      .flatMap((selector) =>
        selector.endsWith(' text') ? [selector, `${selector.slice(0, -4)}.rk-glyphs`] : [selector],
      )
      .map((selector) => (scope ? `${scope} ${selector}` : selector))
      .join(', ')} { ${body} }`;
  return [
    rule('.rk-background', `fill: ${d.background}`),
    `${rule('.rk-topic .rk-box', `fill: ${d.topic}; stroke: ${d.border}`)} ${rule('.rk-topic text', `fill: ${d.topicText}`)}`,
    `${rule('.rk-subtopic .rk-box', `fill: ${d.subtopic}; stroke: ${d.border}`)} ${rule('.rk-subtopic text', `fill: ${d.subtopicText}`)}`,
    rule('.rk-edge, .rk-line', `stroke: ${d.edge}`),
    rule('.rk-group-frame', `stroke: ${frameStroke(d)}`),
    rule('.rk-group-header text', `fill: ${frameHeaderColor(d)}`),
    `${rule('.rk-section .rk-box', `fill: ${d.section}; stroke: ${d.border}`)} ${rule('.rk-section text', `fill: ${d.text}`)}`,
    rule(
      '.rk-paragraph .rk-box, .rk-checklist .rk-box, .rk-links .rk-box',
      `fill: ${d.paragraph}; stroke: ${d.border}`,
    ),
    rule(
      '.rk-paragraph text, .rk-checklist text, .rk-links text, .rk-label text, .rk-item text, .rk-callout text',
      `fill: ${d.text}`,
    ),
    rule('.rk-callout a text', `fill: ${d.link}`),
    `${rule('.rk-button .rk-box', `fill: ${d.button}`)} ${rule('.rk-button text', `fill: ${d.buttonText}`)}`,
    rule('.rk-title text, .rk-title-element text', `fill: ${d.title}`),
    rule('.rk-legend .rk-box', `fill: ${d.background}; stroke: ${d.border}`) +
      ` ${rule('.rk-legend text', `fill: ${d.text}`)}`,
    rule('.rk-item .rk-marker', `stroke: ${d.text}`),
  ].join('\n');
}

/**
 * CSS that repaints a light-theme SVG in the dark theme when the viewer prefers dark
 * colours. The rules override the light presentation attributes in browsers; tools that
 * ignore media queries (resvg, PDF) keep the light picture.
 */
export function themeStyle(dark: Theme): string {
  return ['@media (prefers-color-scheme: dark) {', themeRules(dark), '}'].join('\n');
}
