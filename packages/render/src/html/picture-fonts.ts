import { decodeXml } from '../escape.js';

/** A family name we can write in CSS as it is: letters, digits, spaces, `-` and `_`. */
const PLAIN_FAMILY = /^[A-Za-z0-9 _-]+$/;

const FONT_FACE = /@font-face\s*\{[^}]*\}\s*/g;

export interface LiftedFonts {
  /** The SVG without its `@font-face` rules. */
  readonly svg: string;
  /** The `@font-face` rules, for the page's `<style>` in `<head>`. */
  readonly css: string;
}

/**
 * Moves the picture's `@font-face` rules (embedded data URLs) out of the SVG into the page's
 * head, so the early script can start decoding them before the body is laid out: the first
 * layout then finds the fonts ready instead of looking up system fallbacks for their metrics.
 */
export function liftFontFaces(svg: string): LiftedFonts {
  const rules: string[] = [];
  const rest = svg.replace(/<style>([\s\S]*?)<\/style>/g, (_, text: string) => {
    const kept = text.replace(FONT_FACE, (rule) => {
      rules.push(decodeXml(rule).trim());
      return '';
    });
    return kept.trim() === '' ? '' : `<style>${kept}</style>`;
  });
  return rules.length === 0 ? { svg, css: '' } : { svg: rest, css: rules.join('\n') };
}

/**
 * The one font list of the page and its picture: the families its `@font-face` rules embed,
 * then `sans-serif`. The SVG names a long chain of system fonts for viewers without those
 * faces; on the page every face is embedded (cut to cover the page's own text too), so the
 * browser need not look up system fonts before its first paint. Empty when there are no
 * rules (or a name would need escaping), so the SVG's own list stands.
 */
export function embeddedFontList(fontFaceCss: string): string {
  const families = new Set<string>();
  for (const rule of fontFaceCss.matchAll(/@font-face\s*\{[^}]*?font-family:\s*([^;}]+)/g)) {
    const family = (rule[1] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!PLAIN_FAMILY.test(family)) return '';
    families.add(family);
  }
  if (families.size === 0) return '';
  return `${[...families].map((f) => `"${f}"`).join(',')},sans-serif`;
}
