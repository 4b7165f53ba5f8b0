import type { Theme } from '../theme.js';

/**
 * CSS that repaints a light-theme SVG in the dark theme when the viewer prefers dark
 * colours. The rules override the light presentation attributes in browsers; tools that
 * ignore media queries (resvg, PDF) keep the light picture.
 */
export function themeStyle(dark: Theme): string {
  const d = dark.colors;
  return [
    '@media (prefers-color-scheme: dark) {',
    `.rk-background { fill: ${d.background} }`,
    `.rk-topic .rk-box { fill: ${d.topic}; stroke: ${d.border} } .rk-topic text { fill: ${d.topicText} }`,
    `.rk-subtopic .rk-box { fill: ${d.subtopic}; stroke: ${d.border} } .rk-subtopic text { fill: ${d.subtopicText} }`,
    `.rk-edge, .rk-line { stroke: ${d.edge} }`,
    `.rk-section .rk-box { fill: ${d.section}; stroke: ${d.border} } .rk-section text { fill: ${d.text} }`,
    `.rk-paragraph .rk-box, .rk-checklist .rk-box, .rk-links .rk-box { fill: ${d.paragraph}; stroke: ${d.border} }`,
    `.rk-paragraph text, .rk-checklist text, .rk-links text, .rk-label text, .rk-item text, .rk-callout text { fill: ${d.text} }`,
    `.rk-button .rk-box { fill: ${d.button} } .rk-button text { fill: ${d.buttonText} }`,
    `.rk-title text, .rk-title-element text { fill: ${d.title} }`,
    `.rk-legend .rk-box { fill: ${d.background}; stroke: ${d.border} } .rk-legend text { fill: ${d.text} }`,
    `.rk-item .rk-marker { stroke: ${d.text} }`,
    '}',
  ].join('\n');
}
