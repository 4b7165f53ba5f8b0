import { describe, expect, it } from 'vitest';
import { expectSafe, layout } from '../test/pipeline.js';
import { documentFrom } from '../test/sample.js';
import { renderSvg } from './render-svg.js';
import { themeRules } from './svg/theme-style.js';
import { DARK_THEME } from './theme.js';

const doc = documentFrom(`schemaVersion: 1
id: emoji
title: Tools 🧰
topics:
  - id: build
    label: Build and test 👩‍💻
    subtopics: [{ id: flags, label: Flags 🇯🇵 and keys 1️⃣ }, { id: plain, label: Copyright © only }]
`);

/** The markup drawn for the line whose hidden text is `label`. */
function lineMarkup(svg: string, label: string): string {
  const start = svg.indexOf(`fill-opacity="0">${label}</text>`);
  expect(start).toBeGreaterThan(0);
  const end = svg.indexOf('</g>', start);
  return svg.slice(start, end);
}

describe('emoji in a picture with its own fonts', () => {
  it('draws each emoji line as outlines and pictures over the same line as hidden text', async () => {
    const positioned = await layout(doc);
    const svg = expectSafe(renderSvg(positioned, { roadmap: doc, embedFonts: true }));
    // Woman technologist (ZWJ), a flag and a keycap: one nested picture each.
    const build = lineMarkup(svg, 'Build and test 👩‍💻');
    expect(build).toContain('<g class="rk-glyphs" fill=');
    expect(build.match(/<svg /g)).toHaveLength(1);
    // The letters' run is one outline in px: at least one contour for each of its 12 letters.
    const paths = [...build.matchAll(/<path d="([^"]*)"/g)].map((path) => path[1] ?? '');
    expect(paths).toHaveLength(1);
    expect(paths[0]?.match(/M/g)?.length).toBeGreaterThanOrEqual(12);
    expect(lineMarkup(svg, 'Flags 🇯🇵 and keys 1️⃣').match(/<svg /g)).toHaveLength(2);
    expect(lineMarkup(svg, 'Tools 🧰').match(/<svg /g)).toHaveLength(1);
    // © is text that Inter draws: that line stays a normal text line.
    expect(svg).toMatch(/<text [^>]*>Copyright © only<\/text>/);
    expect(svg).not.toContain('fill-opacity="0">Copyright');
  });

  it('leaves emoji to the viewer’s fonts when the picture names its fonts only', async () => {
    const positioned = await layout(doc);
    const svg = renderSvg(positioned, { roadmap: doc });
    expect(svg).toMatch(/<text [^>]*>Build and test 👩‍💻<\/text>/);
    expect(svg).not.toContain('rk-glyphs');
  });

  it('gives the outlined lines the theme’s text colours', () => {
    const rules = themeRules(DARK_THEME);
    expect(rules).toContain(
      `.rk-topic text, .rk-topic .rk-glyphs { fill: ${DARK_THEME.colors.topicText} }`,
    );
    expect(rules).toContain('.rk-callout a text, .rk-callout a .rk-glyphs {');
  });
});
