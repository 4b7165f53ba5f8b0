import { decodeXml } from './escape.js';

/** One line of text as our SVG writes it: a `<tspan>` of a `<text>`, with the text's style. */
export interface SvgTextLine {
  /** The line's text, XML entities decoded. */
  readonly text: string;
  /** The tspan's x and y: the baseline, at the start, middle or end per `anchor`. */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight: 'regular' | 'bold';
  readonly fill: string;
  readonly anchor: 'start' | 'middle';
  readonly direction: 'ltr' | 'rtl';
}

/** The pattern of each attribute read, made once. */
const patterns = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string | undefined {
  let pattern = patterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    patterns.set(name, pattern);
  }
  return pattern.exec(attributes)?.[1];
}

/**
 * Text every line of which Inter draws left to right as it is: Latin, Greek, Cyrillic,
 * Vietnamese and common punctuation. Such lines are left to the rasterizer as text.
 */
export const plainText =
  /^(?:[\u0020-\u024f\u0370-\u04ff\u1e00-\u1eff\u2000-\u200d\u2010-\u2029\u202f-\u2065\u20ac]|[\u0300-\u036f])*$/;

/**
 * Finds the `<text>` elements our SVG builders write (one `<tspan x y>` per line) and hands
 * each line to `replace`, which returns the markup to put in its place, or undefined to keep
 * the tspan. A `<text>` whose lines are all replaced is dropped.
 */
export function replaceTextLines(
  svg: string,
  replace: (line: SvgTextLine) => string | undefined,
): string {
  return svg.replace(
    /<text\b([^>]*)>([\s\S]*?)<\/text>/g,
    (whole, attributes: string, inner: string) => {
      const size = Number(attribute(attributes, 'font-size'));
      if (!(size > 0)) return whole;
      const weight = attribute(attributes, 'font-weight') === '700' ? 'bold' : 'regular';
      const fill = attribute(attributes, 'fill') ?? '#000000';
      const anchor = attribute(attributes, 'text-anchor') === 'middle' ? 'middle' : 'start';
      const direction = attribute(attributes, 'direction') === 'rtl' ? 'rtl' : 'ltr';
      const outside: string[] = [];
      const kept = inner.replace(
        /<tspan\b([^>]*)>([\s\S]*?)<\/tspan>/g,
        (span, spanAttributes: string, content: string) => {
          const text = decodeXml(content);
          const markup = replace({
            text,
            x: Number(attribute(spanAttributes, 'x') ?? 0),
            y: Number(attribute(spanAttributes, 'y') ?? 0),
            size,
            weight,
            fill,
            anchor,
            direction,
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
