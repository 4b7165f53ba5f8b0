import type { Measurer, ShapedLine } from '@roadmapkit/fonts';
import { lineLeft, plainText, replaceTextLines, type SvgTextLine } from './svg-text-lines.js';

const n = (value: number): string => String(Math.round(value * 1000) / 1000);

/**
 * An emoji picture in a line whose baseline starts at (x0, y0), as a nested `<svg>`: 1.1 em
 * square, centred in its advance.
 */
function emojiMarkup(
  run: Extract<ShapedLine['runs'][number], { kind: 'emoji' }>,
  size: number,
  x0: number,
  y0: number,
): string {
  const side = size * 1.1;
  return `<svg x="${n(x0 + run.x + (run.width - side) / 2)}" y="${n(y0 - size * 0.92)}" width="${n(side)}" height="${n(side)}" viewBox="0 0 ${run.viewBox} ${run.viewBox}">${run.picture}</svg>`;
}

/** The glyph outlines and emoji pictures of a shaped line whose baseline starts at (x0, y0). */
function glyphsMarkup(shaped: ShapedLine, size: number, x0: number, y0: number): string {
  const parts: string[] = [];
  for (const run of shaped.runs) {
    if (run.kind === 'emoji') {
      if (run.picture !== '') parts.push(emojiMarkup(run, size, x0, y0));
      continue;
    }
    for (const glyph of run.glyphs) {
      if (glyph.path === '') continue;
      parts.push(
        `<path transform="matrix(${n(run.scale)} 0 0 ${n(-run.scale)} ${n(x0 + glyph.x)} ${n(y0 + glyph.y)})" d="${glyph.path}"/>`,
      );
    }
  }
  return parts.join('');
}

/** A shaped line as glyph outlines (`<path>`s in the line's fill) and emoji pictures. */
export function shapedLineMarkup(shaped: ShapedLine, line: SvgTextLine): string {
  return `<g fill="${line.fill}">${glyphsMarkup(shaped, line.size, lineLeft(line, shaped.width), line.y)}</g>`;
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
    let drawn = cache.get(key);
    if (drawn === undefined) {
      const shaped = shape(line.text, { size: line.size, weight: line.weight }, line.direction);
      drawn = { width: shaped.width, markup: glyphsMarkup(shaped, line.size, 0, 0) };
      if (cache.size >= 20_000) cache.clear();
      cache.set(key, drawn);
    }
    // The outlines sit at the line's own origin, moved into place by the group: the markup
    // of a line is made once, then reused wherever the line is drawn again.
    const left = lineLeft(line, drawn.width);
    return `<g fill="${line.fill}" transform="translate(${n(left)} ${n(line.y)})">${drawn.markup}</g>`;
  });
}

/**
 * Lines already shaped and written as outlines, per measurer: the next PNG of a batch shapes
 * only new lines.
 */
const shapedLines = new WeakMap<Measurer, Map<string, { width: number; markup: string }>>();
