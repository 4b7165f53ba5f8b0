import type { Measurer } from '@roadmapkit/fonts';
import { escapeXml } from './escape.js';
import { shapedLineMarkup } from './outline-text.js';
import { replaceTextLines, type SvgTextLine } from './svg-text-lines.js';

/** A character that starts or shapes an emoji: pictographs, flag letters, the keycap mark. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** The line again as text nobody sees, so it can still be selected, searched and read aloud. */
function hiddenText(line: SvgTextLine): string {
  const anchor = line.anchor === 'middle' ? ' text-anchor="middle"' : '';
  const direction = line.direction === 'rtl' ? ' direction="rtl"' : '';
  const weight = line.weight === 'bold' ? '700' : '400';
  return `<text x="${line.x}" y="${line.y}" font-size="${line.size}" font-weight="${weight}"${anchor}${direction} fill="${line.fill}" fill-opacity="0">${escapeXml(line.text)}</text>`;
}

/** Whether an SVG has an emoji anywhere (text or not: a cheap first look). */
export function hasEmoji(svg: string): boolean {
  return EMOJI.test(svg);
}

/**
 * For an SVG that carries its own fonts: a browser with no colour emoji font would draw each
 * emoji as nothing or an empty box, so every line with an emoji is drawn as the PNG draws it
 * (glyph outlines and emoji pictures from the measurer's shaping, class `rk-glyphs` so the
 * theme's text colours reach it) over the same line as transparent text. A line whose emoji
 * have no picture (the emoji package is not installed) stays text.
 */
export function drawEmojiLines(svg: string, measurer: Measurer): string {
  const shape = measurer.shapeLine;
  if (!shape || !hasEmoji(svg)) return svg;
  return replaceTextLines(svg, (line) => {
    if (!EMOJI.test(line.text)) return undefined;
    const shaped = shape(line.text, { size: line.size, weight: line.weight }, line.direction);
    const pictured = shaped.runs.every((run) => run.kind !== 'emoji' || run.picture !== '');
    if (!pictured || !shaped.runs.some((run) => run.kind === 'emoji')) return undefined;
    const drawn = shapedLineMarkup(shaped, line).replace(/^<g /, '<g class="rk-glyphs" ');
    return hiddenText(line) + drawn;
  });
}
