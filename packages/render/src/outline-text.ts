import type { Measurer, ShapedLine } from '@roadmapkit/fonts';
import { lineLeft, plainText, replaceTextLines, type SvgTextLine } from './svg-text-lines.js';

const n = (value: number): string => String(Math.round(value * 1000) / 1000);

/** An emoji picture in a line, as a nested `<svg>`: 1.1 em square, centred in its advance. */
export function emojiMarkup(
  picture: string,
  viewBox: number,
  x: number,
  width: number,
  line: SvgTextLine,
): string {
  const side = line.size * 1.1;
  return `<svg x="${n(x + (width - side) / 2)}" y="${n(line.y - line.size * 0.92)}" width="${n(side)}" height="${n(side)}" viewBox="0 0 ${viewBox} ${viewBox}">${picture}</svg>`;
}

/** A shaped line as glyph outlines (`<path>`s in the line's fill) and emoji pictures. */
export function shapedLineMarkup(shaped: ShapedLine, line: SvgTextLine): string {
  const left = lineLeft(line, shaped.width);
  const parts: string[] = [];
  for (const run of shaped.runs) {
    if (run.kind === 'emoji') {
      if (run.picture !== '') {
        parts.push(emojiMarkup(run.picture, run.viewBox, left + run.x, run.width, line));
      }
      continue;
    }
    for (const glyph of run.glyphs) {
      if (glyph.path === '') continue;
      parts.push(
        `<path transform="matrix(${n(run.scale)} 0 0 ${n(-run.scale)} ${n(left + glyph.x)} ${n(line.y + glyph.y)})" d="${glyph.path}"/>`,
      );
    }
  }
  return `<g fill="${line.fill}">${parts.join('')}</g>`;
}

/** Whether an SVG has text that Inter alone cannot draw left to right. */
export function hasWorldText(svg: string): boolean {
  let found = false;
  replaceTextLines(svg, (line) => {
    if (!plainText.test(line.text)) found = true;
    return undefined;
  });
  return found;
}

/**
 * Replaces every line by its glyph outlines from the measurer's shaping (the same glyphs
 * layout measured), so the rasterizer neither loads fonts nor shapes text. Without a
 * `shapeLine` the SVG is returned as it is.
 */
export function outlineText(svg: string, measurer: Measurer): string {
  const shape = measurer.shapeLine;
  if (!shape) return svg;
  let shaped = shapedLines.get(measurer);
  if (shaped === undefined) {
    shaped = new Map();
    shapedLines.set(measurer, shaped);
  }
  const cache = shaped;
  return replaceTextLines(svg, (line) => {
    const key = `${line.size} ${line.weight} ${line.direction} ${line.text}`;
    let glyphs = cache.get(key);
    if (glyphs === undefined) {
      glyphs = shape(line.text, { size: line.size, weight: line.weight }, line.direction);
      if (cache.size >= 20_000) cache.clear();
      cache.set(key, glyphs);
    }
    return shapedLineMarkup(glyphs, line);
  });
}

/** Lines already shaped, per measurer: the next PNG of a batch shapes only new lines. */
const shapedLines = new WeakMap<Measurer, Map<string, ShapedLine>>();
