import type { PlacedGlyph, ShapedLine } from '@roadmapkit/fonts';
import { lineLeft, plainText, replaceTextLines, type SvgTextLine } from './svg-text-lines.js';

/** A number to a thousandth, as the outline markup writes places. */
export const thousandths = (value: number): string => String(Math.round(value * 1000) / 1000);

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
  return `<svg x="${thousandths(x0 + run.x + (run.width - side) / 2)}" y="${thousandths(y0 - size * 0.92)}" width="${thousandths(side)}" height="${thousandths(side)}" viewBox="0 0 ${run.viewBox} ${run.viewBox}">${run.picture}</svg>`;
}

/**
 * A glyph outline read once: its commands (M, L, Q, C, Z) and their coordinates, and the box
 * of all its points (curves stay inside it), in font units, y up.
 */
export interface Outline {
  readonly commands: string;
  readonly numbers: Float64Array;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly top: number;
}

/** Coordinates each command takes, as (x, y) pairs. */
const PAIRS: Record<string, number> = { M: 1, L: 1, Q: 2, C: 3, Z: 0 };
/** The same by the command's character code. */
const PAIRS_BY_CODE = new Map(
  Object.entries(PAIRS).map(([name, pairs]) => [name.charCodeAt(0), pairs]),
);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Reads outline path data made of absolute M, L, Q, C and Z commands (as fontkit writes a
 * glyph's path), or undefined for any other form. One pass over the characters: a CJK glyph
 * has hundreds of numbers, and a picture of other scripts reads hundreds of glyphs.
 */
function readOutline(path: string): Outline | undefined {
  let commands = '';
  const numbers: number[] = [];
  let expected = 0;
  let count = 0;
  let i = 0;
  const end = path.length;
  while (i < end) {
    const code = path.charCodeAt(i);
    if (code === 32 || code === 44 || (code >= 9 && code <= 13)) {
      i++;
      continue;
    }
    const pairs = PAIRS_BY_CODE.get(code);
    if (pairs !== undefined) {
      if (count !== expected) return undefined;
      commands += path[i];
      expected = 2 * pairs;
      count = 0;
      i++;
      continue;
    }
    // A number: an optional sign, digits with an optional fraction, an optional exponent.
    let j = code === 45 || code === 43 ? i + 1 : i;
    const whole = j;
    while (j < end && isDigit(path.charCodeAt(j))) j++;
    let digits = j - whole;
    if (path.charCodeAt(j) === 46) {
      const fraction = ++j;
      while (j < end && isDigit(path.charCodeAt(j))) j++;
      digits += j - fraction;
    }
    if (digits === 0 || count >= expected) return undefined;
    if ((path.charCodeAt(j) | 32) === 101) {
      let k = path.charCodeAt(j + 1) === 45 || path.charCodeAt(j + 1) === 43 ? j + 2 : j + 1;
      const exponent = k;
      while (k < end && isDigit(path.charCodeAt(k))) k++;
      if (k === exponent) return undefined;
      j = k;
    }
    numbers.push(Number(path.slice(i, j)));
    count++;
    i = j;
  }
  if (count !== expected) return undefined;
  let [left, bottom, right, top] = [0, 0, 0, 0];
  for (let i = 0; i < numbers.length; i += 2) {
    const x = numbers[i] as number;
    const y = numbers[i + 1] as number;
    if (i === 0 || x < left) left = x;
    if (i === 0 || x > right) right = x;
    if (i === 0 || y < bottom) bottom = y;
    if (i === 0 || y > top) top = y;
  }
  return { commands, numbers: Float64Array.from(numbers), left, bottom, right, top };
}

/**
 * An outline's path data, each coordinate pair written by `x` and `y` (in font units as they
 * are, or moved into place).
 */
function writeOutline(
  outline: Outline,
  x: (value: number) => string,
  y: (value: number) => string,
): string {
  let data = '';
  let at = 0;
  for (const command of outline.commands) {
    data += command;
    for (let pair = PAIRS[command] ?? 0; pair > 0; pair--) {
      data += `${x(outline.numbers[at] as number)} ${y(outline.numbers[at + 1] as number)}${pair > 1 ? ' ' : ''}`;
      at += 2;
    }
  }
  return data;
}

/** An outline's path data again, in font units (to be placed by a transform). */
export function outlineData(outline: Outline): string {
  return writeOutline(outline, String, String);
}

/** Outlines already read, by path data: the same few dozen glyphs make up most lines. */
const outlines = new Map<string, Outline | null>();

/** A glyph's path data read as an {@link Outline}, or undefined when it is of another form. */
export function outlineOf(path: string): Outline | undefined {
  let outline = outlines.get(path);
  if (outline === undefined) {
    outline = readOutline(path) ?? null;
    if (outlines.size >= 10_000) outlines.clear();
    outlines.set(path, outline);
  }
  return outline ?? undefined;
}

/** A coordinate in px, to a hundredth of a pixel. */
const px = (value: number): string => String(Math.round(value * 100) / 100);

/**
 * The glyphs of a run as the path data of one outline in px, y down: each glyph's outline
 * scaled by `scale`, flipped, and moved to its place. Undefined when a glyph's path data is
 * not in the form {@link readOutline} reads.
 */
function runPath(
  glyphs: readonly PlacedGlyph[],
  scale: number,
  x0: number,
  y0: number,
): string | undefined {
  const parts: string[] = [];
  for (const glyph of glyphs) {
    if (glyph.path === '') continue;
    const outline = outlineOf(glyph.path);
    if (!outline) return undefined;
    const x = x0 + glyph.x;
    const y = y0 + glyph.y;
    parts.push(
      writeOutline(
        outline,
        (value) => px(x + scale * value),
        (value) => px(y - scale * value),
      ),
    );
  }
  return parts.join('');
}

/**
 * The glyph outlines and emoji pictures of a shaped line whose baseline starts at (x0, y0):
 * the glyphs of each run as one path, so a rasterizer reads and fills one shape per run
 * rather than one per glyph.
 */
function glyphsMarkup(shaped: ShapedLine, size: number, x0: number, y0: number): string {
  const parts: string[] = [];
  for (const run of shaped.runs) {
    if (run.kind === 'emoji') {
      if (run.picture !== '') parts.push(emojiMarkup(run, size, x0, y0));
      continue;
    }
    const path = runPath(run.glyphs, run.scale, x0, y0);
    if (path !== undefined) {
      if (path !== '') parts.push(`<path d="${path}"/>`);
      continue;
    }
    // Path data of another form: each glyph placed by a transform of its own.
    for (const glyph of run.glyphs) {
      if (glyph.path === '') continue;
      parts.push(
        `<path transform="matrix(${run.scale} 0 0 ${-run.scale} ${thousandths(x0 + glyph.x)} ${thousandths(y0 + glyph.y)})" d="${glyph.path}"/>`,
      );
    }
  }
  return parts.join('');
}

/**
 * A shaped line's glyph outlines and emoji pictures with its baseline's start at (0, 0): the
 * markup of a line made once, to be moved into place wherever the line is drawn.
 */
export function lineMarkupAtOrigin(shaped: ShapedLine, size: number): string {
  return glyphsMarkup(shaped, size, 0, 0);
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
