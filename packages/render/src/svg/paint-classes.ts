/**
 * The picture's paint (fill, stroke, font size…) as CSS classes: each distinct set of
 * declarations becomes one class, written once in the SVG's `<style>`, instead of the same
 * presentation attributes on every element. A roadmap uses a few dozen sets for hundreds of
 * elements: fewer attributes to build and write, and to parse and style in a browser.
 * Browsers, resvg and svg-to-pdfkit all apply class rules (plain `.class` selectors).
 */

/** A paint property and its value as a presentation attribute would carry it. */
export type PaintDeclarations = Readonly<Record<string, string | number | undefined>>;

/** The properties whose bare numbers CSS reads as lengths only with a unit. */
const PIXEL_LENGTHS = new Set(['font-size']);

/** The class name prefix: `rk-p0`, `rk-p1`… in order of first use, so output is stable. */
const PREFIX = 'rk-p';

export class PaintClasses {
  private readonly byKey = new Map<string, string>();

  /** The class of a set of declarations (undefined values left out), made on first use. */
  of(declarations: PaintDeclarations): string {
    let key = '';
    for (const name in declarations) {
      const value = declarations[name];
      if (value === undefined) continue;
      key += `${key === '' ? '' : ';'}${name}:${value}${PIXEL_LENGTHS.has(name) && typeof value === 'number' ? 'px' : ''}`;
    }
    let name = this.byKey.get(key);
    if (name === undefined) {
      name = `${PREFIX}${this.byKey.size}`;
      this.byKey.set(key, name);
    }
    return name;
  }

  /** `own` (the element's own classes, if any) then the class of `declarations`. */
  with(own: string, declarations: PaintDeclarations): string {
    return `${own} ${this.of(declarations)}`;
  }

  /** The rules, one per class, in order of first use. */
  css(): string {
    let out = '';
    for (const [key, name] of this.byKey) out += `.${name}{${key}}`;
    return out;
  }
}

/** A paint class rule as {@link PaintClasses.css} writes it: `.rk-pN{name:value;…}`. */
const RULE = /\.(rk-p\d+)\{([^{}]*)\}/g;

/**
 * The declarations of each paint class of an SVG this package wrote, read back from its
 * `<style>`: for readers of the markup (text lines for PNG and PDF) that need the paint.
 */
export function readPaintClasses(svg: string): Map<string, Map<string, string>> {
  const classes = new Map<string, Map<string, string>>();
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1];
  if (style === undefined) return classes;
  for (const rule of style.matchAll(RULE)) {
    const declarations = new Map<string, string>();
    for (const declaration of (rule[2] ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon > 0) declarations.set(declaration.slice(0, colon), declaration.slice(colon + 1));
    }
    classes.set(rule[1] ?? '', declarations);
  }
  return classes;
}
