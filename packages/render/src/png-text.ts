import type { Measurer, ShapedLine } from '@roadmapkit/fonts';
import type { LiftedGlyph, LiftedLine } from './glyph-masks.js';
import { attribute } from './markup-attribute.js';
import { lineMarkupAtOrigin, type Outline, outlineOf, thousandths } from './outline-text.js';
import { readPaintClasses } from './svg/paint-classes.js';
import {
  lineLeft,
  paintingOf,
  paintOf,
  replaceTextLines,
  type SvgTextLine,
} from './svg-text-lines.js';
import { toHex } from './theme.js';

/**
 * The SVG for resvg and the lines lifted out of it: drawn over resvg's canvas afterwards from
 * glyph masks ({@link GlyphMasks}), in their own order, where that gives the same picture.
 */
export interface LiftedText {
  readonly svg: string;
  readonly lines: readonly LiftedLine[];
}

/** A box in the picture's units. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A box for an element whose extent is not known: it may cover anything. */
const EVERYWHERE: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/**
 * Attributes that change how an element or its content is painted beyond a plain fill, or
 * how far what is inside reaches: a line under any of them (or with any of them itself) is
 * left to resvg, and anything drawn under them may cover anything.
 */
const EFFECTS = [
  'transform',
  'opacity',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-miterlimit',
  'marker-start',
  'marker-mid',
  'marker-end',
  'filter',
  'clip-path',
  'mask',
  'style',
  'display',
  'visibility',
  'mix-blend-mode',
  'isolation',
];
/** Elements that only group others, and draw nothing themselves. */
const CONTAINERS = new Set(['svg', 'g', 'a']);
/** Elements whose content is not drawn where it stands (definitions, references). */
const DEFINITIONS = new Set([
  'defs',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'symbol',
  'linearGradient',
  'radialGradient',
  'filter',
  'title',
  'desc',
  'metadata',
  'style',
]);

/** Our markup's tags, and the place-holders lines are swapped for while the SVG is read. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const LINE_MARK = 'rk-lifted-line';

/** Any of {@link EFFECTS} as an attribute: most elements have none, and are passed at once. */
const ANY_EFFECT = new RegExp(`\\s(?:${EFFECTS.join('|')})=`);

/** Whether an element's own attributes (or its classes' rules) paint with an effect. */
function hasEffect(attributes: string, effectClasses: ReadonlySet<string>): boolean {
  if (ANY_EFFECT.test(attributes)) {
    for (const name of EFFECTS) {
      const value = attribute(attributes, name);
      if (value !== undefined && !(name === 'stroke' && value === 'none')) return true;
    }
  }
  if (effectClasses.size === 0) return false;
  const classes = attribute(attributes, 'class');
  return classes?.split(' ').some((name) => effectClasses.has(name)) === true;
}

/** The classes of the SVG's `<style>` that set an effect, or undefined for CSS we do not read. */
function effectClasses(
  svg: string,
  paint: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Set<string> | undefined {
  const styles = [...svg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)];
  for (const [, css = ''] of styles)
    if (css.replace(/\.rk-p\d+\{[^{}]*\}/g, '').trim() !== '') return undefined;
  const classes = new Set<string>();
  for (const [name, declarations] of paint) {
    for (const property of EFFECTS) {
      const value = declarations.get(property);
      if (value !== undefined && !(property === 'stroke' && value === 'none')) classes.add(name);
    }
  }
  return classes;
}

/** The root `<svg>` maps its units one to one onto its width and height. */
function plainRoot(svg: string): boolean {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (root === undefined) return false;
  const width = Number(attribute(root, 'width'));
  const height = Number(attribute(root, 'height'));
  const viewBox = attribute(root, 'viewBox');
  return (
    width > 0 &&
    height > 0 &&
    (viewBox === undefined ||
      viewBox
        .trim()
        .split(/[\s,]+/)
        .map(Number)
        .join(' ') === `0 0 ${width} ${height}`)
  );
}

const numberOf = (attributes: string, name: string): number =>
  Number(attribute(attributes, name) ?? 0);

/** The extent of pairs of numbers (x y x y…), or undefined when there are none or an odd count. */
function pairsBox(values: readonly number[]): Box | undefined {
  if (values.length === 0 || values.length % 2 !== 0 || values.some((v) => !Number.isFinite(v)))
    return undefined;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < values.length; i += 2) {
    const x = values[i] as number;
    const y = values[i + 1] as number;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { left, top, right, bottom };
}

const NUMBERS = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * The box a drawn element may paint, padded by its `reach` past its shape, or
 * {@link EVERYWHERE} when its extent cannot be read from its attributes.
 */
function elementBox(
  name: string,
  attributes: string,
  reach: (attributes: string) => number | undefined,
): Box {
  let box: Box | undefined;
  switch (name) {
    case 'rect':
    case 'image':
    case 'svg': {
      const x = numberOf(attributes, 'x');
      const y = numberOf(attributes, 'y');
      const width = Number(attribute(attributes, 'width'));
      const height = Number(attribute(attributes, 'height'));
      if (width >= 0 && height >= 0)
        box = { left: x, top: y, right: x + width, bottom: y + height };
      break;
    }
    case 'circle':
    case 'ellipse': {
      const cx = numberOf(attributes, 'cx');
      const cy = numberOf(attributes, 'cy');
      const rx = Number(attribute(attributes, name === 'circle' ? 'r' : 'rx'));
      const ry = Number(attribute(attributes, name === 'circle' ? 'r' : 'ry'));
      if (rx >= 0 && ry >= 0)
        box = { left: cx - rx, top: cy - ry, right: cx + rx, bottom: cy + ry };
      break;
    }
    case 'line':
      box = pairsBox(['x1', 'y1', 'x2', 'y2'].map((key) => numberOf(attributes, key)));
      break;
    case 'path': {
      // Absolute moves, lines and curves only: their points bound the shape.
      const d = attribute(attributes, 'd') ?? '';
      if (/^[MLCQZ\d\s.,eE+-]*$/.test(d)) box = pairsBox((d.match(NUMBERS) ?? []).map(Number));
      break;
    }
    case 'polygon':
    case 'polyline':
      box = pairsBox((attribute(attributes, 'points') ?? '').match(NUMBERS)?.map(Number) ?? []);
      break;
  }
  const pad = reach(attributes);
  if (box === undefined || pad === undefined || /\smarker-(?:start|mid|end)=/.test(attributes))
    return EVERYWHERE;
  return {
    left: box.left - pad,
    top: box.top - pad,
    right: box.right + pad,
    bottom: box.bottom + pad,
  };
}

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A `#rgb` or `#rrggbb` colour as `0xRRGGBB`, or undefined for any other form. */
function hexColor(value: string): number | undefined {
  return /^#(?:[0-9a-f]{3}){1,2}$/i.test(value)
    ? Number.parseInt(toHex(value).slice(1), 16)
    : undefined;
}

/** A line as the measurer shaped it, kept with its glyphs read as outlines (when all are). */
interface ShapedText {
  readonly shaped: ShapedLine;
  /** Its outlines at its own origin ({@link lineMarkupAtOrigin}), once it was drawn so. */
  markup?: string;
  /** Glyphs at the line's own origin, or undefined when the line has other runs (emoji). */
  readonly glyphs: readonly LiftedGlyph[] | undefined;
  /** The glyphs' extent at the line's own origin. */
  readonly box: Box | undefined;
}

/** Shaped lines by size, weight, direction and text, per measurer: a batch shapes each once. */
const shapedTexts = new WeakMap<Measurer, Map<string, ShapedText>>();

function shapedText(
  measurer: Measurer,
  shape: NonNullable<Measurer['shapeLine']>,
  line: SvgTextLine,
): ShapedText {
  let cache = shapedTexts.get(measurer);
  if (cache === undefined) {
    cache = new Map();
    shapedTexts.set(measurer, cache);
  }
  const key = `${line.size} ${line.weight} ${line.direction} ${line.text}`;
  let text = cache.get(key);
  if (text === undefined) {
    const shaped = shape(line.text, { size: line.size, weight: line.weight }, line.direction);
    text = { shaped, ...glyphsOf(shaped) };
    if (cache.size >= 20_000) cache.clear();
    cache.set(key, text);
  }
  return text;
}

function glyphsOf(shaped: ShapedLine): Pick<ShapedText, 'glyphs' | 'box'> {
  const glyphs: LiftedGlyph[] = [];
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const run of shaped.runs) {
    if (run.kind !== 'glyphs') return { glyphs: undefined, box: undefined };
    for (const glyph of run.glyphs) {
      if (glyph.path === '') continue;
      const outline: Outline | undefined = outlineOf(glyph.path);
      if (outline === undefined) return { glyphs: undefined, box: undefined };
      glyphs.push({ outline, scale: run.scale, x: glyph.x, y: glyph.y });
      left = Math.min(left, glyph.x + run.scale * outline.left);
      right = Math.max(right, glyph.x + run.scale * outline.right);
      top = Math.min(top, glyph.y - run.scale * outline.top);
      bottom = Math.max(bottom, glyph.y - run.scale * outline.bottom);
    }
  }
  return {
    glyphs,
    box: glyphs.length === 0 ? undefined : { left, top, right, bottom },
  };
}

/**
 * A line drawn by resvg as glyph outlines and emoji pictures, from the measurer's shaping:
 * made once at the line's origin, then moved into place.
 */
function outlinedLine(text: ShapedText, line: SvgTextLine, left: number): string {
  text.markup ??= lineMarkupAtOrigin(text.shaped, line.size);
  return `<g fill="${line.fill}" transform="translate(${thousandths(left)} ${thousandths(line.y)})">${text.markup}</g>`;
}

/**
 * Replaces every line by its glyph outlines from the measurer's shaping (the same glyphs
 * layout measured), so the rasterizer neither loads fonts nor shapes text. Without a
 * `shapeLine` the SVG is returned as it is.
 */
export function outlineText(svg: string, measurer: Measurer): string {
  return liftText(svg, measurer, false).svg;
}

/**
 * Takes the lines that can be drawn from glyph masks out of the SVG, and writes the others
 * as glyph outlines (as {@link outlineText} does). A line is lifted when it is a plain fill in
 * one `#rrggbb` colour, under no transform, opacity, clip, mask or filter, and nothing drawn
 * after it can touch it (so drawing it last changes nothing). An SVG whose root is scaled or
 * whose CSS we do not read has no line lifted; with `lift` false, none is.
 */
export function liftText(svg: string, measurer: Measurer, lift = true): LiftedText {
  const shape = measurer.shapeLine;
  if (!shape) return { svg, lines: [] };
  const classes = readPaintClasses(svg);
  const effects = lift && plainRoot(svg) ? effectClasses(svg, classes) : undefined;
  // How far an element's paint reaches past its shape: a pixel of anti-aliasing, and for a
  // stroke its width twice over (half of it outside, and miter joins up to four times that);
  // undefined for a width in other units than px.
  const reach = (attributes: string): number | undefined => {
    const painting = paintingOf(attributes, classes);
    const stroke = paintOf(attributes, painting, 'stroke');
    if (stroke === undefined || stroke === 'none') return 1;
    const width = (paintOf(attributes, painting, 'stroke-width') ?? '1').trim();
    if (!/^(?:\d+\.?\d*|\.\d+)(?:px)?$/.test(width)) return undefined;
    return 2 * Number.parseFloat(width) + 1;
  };

  // Every line is swapped for a place-holder, then the markup is read once, in order.
  const found: { line: SvgTextLine; text: ShapedText; left: number }[] = [];
  const marked = replaceTextLines(
    svg,
    (line) => {
      const text = shapedText(measurer, shape, line);
      found.push({ line, text, left: lineLeft(line, text.shaped.width) });
      return `<${LINE_MARK} n="${found.length - 1}"/>`;
    },
    classes,
  );

  // Which lines can be lifted: read in order, each line's ancestors checked, and the boxes of
  // what is drawn after each line gathered (read backwards).
  // The colour of each line that can be lifted (as `0xRRGGBB`); undefined for the others.
  const liftable: (number | undefined)[] = new Array(found.length).fill(undefined);
  const drawn: ({ line: number } | { box: Box })[] = [];
  if (effects !== undefined) {
    // Per open element: whether it or an ancestor paints with an effect.
    const stack: boolean[] = [];
    const inEffect = () => stack[stack.length - 1] === true;
    let skipping = 0;
    for (const [, closing, name = '', attributes = '', selfClosing] of marked.matchAll(TAG)) {
      if (skipping > 0) {
        // Inside content that is not read: only its nesting is followed, to its end.
        if (closing) skipping--;
        else if (!selfClosing) skipping++;
        continue;
      }
      if (closing) {
        stack.pop();
        continue;
      }
      if (name === LINE_MARK) {
        const index = Number(attribute(attributes, 'n'));
        const entry = found[index];
        if (
          entry !== undefined &&
          !inEffect() &&
          !hasEffect(entry.line.attributes, effects) &&
          entry.text.glyphs !== undefined
        )
          liftable[index] = hexColor(entry.line.fill);
        drawn.push({ line: index });
        continue;
      }
      if (DEFINITIONS.has(name)) {
        if (!selfClosing) skipping = 1;
        continue;
      }
      if (CONTAINERS.has(name) && (name !== 'svg' || stack.length === 0)) {
        if (!selfClosing) stack.push(inEffect() || hasEffect(attributes, effects));
        continue;
      }
      // Something drawn. A nested picture (an emoji) is one box, its content not read; a
      // text nobody sees (the words over an emoji line's outlines) draws nothing.
      const hidden = name === 'text' && attribute(attributes, 'fill-opacity') === '0';
      if (!hidden)
        drawn.push({
          box:
            inEffect() || /\s(?:transform|filter|style)=/.test(attributes)
              ? EVERYWHERE
              : elementBox(name, attributes, reach),
        });
      if (!selfClosing) {
        // What a drawn element holds (a switch's or a foreign object's content…) is no place
        // for a plain line, and may be drawn anywhere.
        if (name === 'svg' || name === 'text') skipping = 1;
        else stack.push(true);
      }
    }
  }
  const later: Box[] = [];
  for (let i = drawn.length - 1; i >= 0; i--) {
    const item = drawn[i] as { line: number } | { box: Box };
    if ('box' in item) {
      later.push(item.box);
      continue;
    }
    const entry = found[item.line];
    if (entry === undefined) continue;
    const box = entry.text.box;
    const { size, y } = entry.line;
    // The glyphs' own box; for a line with emoji (or no glyphs), its advance and more than
    // its emoji pictures' height (1.1 em from 0.92 em above the baseline).
    const placed = box
      ? {
          left: entry.left + box.left - 1,
          top: y + box.top - 1,
          right: entry.left + box.right + 1,
          bottom: y + box.bottom + 1,
        }
      : {
          left: entry.left - size,
          top: y - 1.5 * size,
          right: entry.left + entry.text.shaped.width + size,
          bottom: y + size,
        };
    if (liftable[item.line] !== undefined && box && !later.some((other) => overlaps(other, placed)))
      continue;
    liftable[item.line] = undefined;
    // A line resvg draws is drawn before every lifted line: none before it may cross it.
    later.push(placed);
  }

  const lines: LiftedLine[] = [];
  const out = marked.replace(new RegExp(`<${LINE_MARK} n="(\\d+)"/>`, 'g'), (_, index: string) => {
    const entry = found[Number(index)];
    if (entry === undefined) return '';
    const color = liftable[Number(index)];
    if (color !== undefined && entry.text.glyphs) {
      lines.push({
        color,
        glyphs: entry.text.glyphs.map((glyph) => ({
          outline: glyph.outline,
          scale: glyph.scale,
          x: entry.left + glyph.x,
          y: entry.line.y + glyph.y,
        })),
      });
      return '';
    }
    return outlinedLine(entry.text, entry.line, entry.left);
  });
  return { svg: out, lines };
}
