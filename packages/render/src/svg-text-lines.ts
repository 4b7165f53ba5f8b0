import { decodeXml } from './escape.js';
import { attribute } from './markup-attribute.js';
import { readPaintClasses } from './svg/paint-classes.js';

/** One line of text as our SVG writes it (a `<text x y>` or a `<tspan>` of one), with its style. */
export interface SvgTextLine {
  /** The line's text, XML entities decoded. */
  readonly text: string;
  /** The line's x and y: the baseline, at the start, middle or end per `anchor`. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight: 'regular' | 'bold';
  readonly fill: string;
  readonly anchor: 'start' | 'middle';
  readonly direction: 'ltr' | 'rtl';
  /** The attributes of the line's `<text>` start tag, as written. */
  readonly attributes: string;
}

/**
 * Text every line of which Inter draws left to right as it is: Latin, Greek, Cyrillic,
 * Vietnamese and common punctuation. Such lines are left to the rasterizer as text.
 */
export const plainText =
  /^(?:[\u0020-\u024f\u0370-\u04ff\u1e00-\u1eff\u2000-\u200d\u2010-\u2029\u202f-\u2065\u20ac]|[\u0300-\u036f])*$/;

/** The declarations of an element's classes that are paint classes, in order. */
export function paintingOf(
  attributes: string,
  classes: ReadonlyMap<string, ReadonlyMap<string, string>>,
): ReadonlyMap<string, string>[] {
  return (attribute(attributes, 'class') ?? '')
    .split(' ')
    .flatMap((name) => classes.get(name) ?? []);
}

/**
 * The value of a paint property of an element: its own attribute, else the first of its
 * paint classes (the declarations of its classes that are paint classes, in order) to set it.
 */
export function paintOf(
  attributes: string,
  painting: readonly ReadonlyMap<string, string>[],
  name: string,
): string | undefined {
  const own = attribute(attributes, name);
  if (own !== undefined) return own;
  for (const declarations of painting) {
    const value = declarations.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Finds the `<text>` elements our SVG builders write (a one-line `<text x y>` with a paint
 * class of the SVG's `<style>`, or one `<tspan x y>` per line, painted by a class or by
 * attributes)
 * and hands each line to `replace`, which returns the markup to put in its place, or
 * undefined to keep the line. A `<text>` whose lines are all replaced is dropped. `classes`:
 * the SVG's paint classes, when the caller has read them already.
 */
export function replaceTextLines(
  svg: string,
  replace: (line: SvgTextLine) => string | undefined,
  classes: ReadonlyMap<string, ReadonlyMap<string, string>> = readPaintClasses(svg),
): string {
  return svg.replace(
    /<text\b([^>]*)>([\s\S]*?)<\/text>/g,
    (whole, attributes: string, inner: string) => {
      const painting = paintingOf(attributes, classes);
      const size = Number.parseFloat(paintOf(attributes, painting, 'font-size') ?? '');
      if (!(size > 0)) return whole;
      const style = {
        size,
        weight: paintOf(attributes, painting, 'font-weight') === '700' ? 'bold' : 'regular',
        fill: paintOf(attributes, painting, 'fill') ?? '#000000',
        anchor: paintOf(attributes, painting, 'text-anchor') === 'middle' ? 'middle' : 'start',
        direction: paintOf(attributes, painting, 'direction') === 'rtl' ? 'rtl' : 'ltr',
        attributes,
      } as const;
      // A one-line text as our builders write it (placed itself, painted by a paint class):
      // its content is the line. Other texts without tspans (the hidden text over an emoji
      // line's outlines, text of SVGs from elsewhere) are left as they are.
      if (!/<tspan\b/.test(inner)) {
        if (painting.length === 0 || attribute(attributes, 'x') === undefined) return whole;
        const markup = replace({
          text: decodeXml(inner),
          x: Number(attribute(attributes, 'x')),
          y: Number(attribute(attributes, 'y') ?? 0),
          ...style,
        });
        return markup ?? whole;
      }
      const outside: string[] = [];
      const kept = inner.replace(
        /<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g,
        (span, spanAttributes: string, content: string) => {
          const markup = replace({
            text: decodeXml(content),
            x: Number(attribute(spanAttributes, 'x') ?? 0),
            y: Number(attribute(spanAttributes, 'y') ?? 0),
            ...style,
          });
          if (markup === undefined) return span;
          outside.push(markup);
          return '';
        },
      );
      // A text with no line replaced (or no tspan at all) stays as it was.
      if (outside.length === 0) return whole;
      const rest = /<tspan\b/.test(kept) ? `<text${attributes}>${kept}</text>` : '';
      return rest + outside.join('');
    },
  );
}

/** The left end of a line of width `width` drawn at the line's x with its anchor. */
export function lineLeft(line: SvgTextLine, width: number): number {
  if (line.anchor === 'middle') return line.x - width / 2;
  return line.direction === 'rtl' ? line.x - width : line.x;
}
