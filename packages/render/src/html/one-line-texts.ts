/** A `<text>` holding one line: a single `<tspan>` that only places it. */
const ONE_LINE = /<text\b([^>]*)><tspan x="([^"]*)" y="([^"]*)">([^<]*)<\/tspan><\/text>/g;

/**
 * The picture for the page with each one-line label as a `<text x y>` of its own, without
 * the `<tspan>` that placed the line: the same drawing with about a sixth fewer elements
 * for the browser to parse, style and lay out before its first paint (most labels are one
 * line). Labels of several lines keep a `<tspan>` per line.
 */
export function oneLineTexts(svg: string): string {
  return svg.replace(
    ONE_LINE,
    (whole, attributes: string, x: string, y: string, content: string) =>
      / (?:x|y)="/.test(attributes)
        ? whole
        : `<text${attributes} x="${x}" y="${y}">${content}</text>`,
  );
}
