import { decodeXml, escapeXml, safeHref } from './escape.js';

/**
 * The SVG with every link target passed through {@link safeHref}: a link that may not be
 * written loses its target attribute, the others carry the cleaned URL. The PDF writer turns each
 * target into a `/URI` annotation as it is, so an SVG from elsewhere cannot smuggle a
 * `javascript:` action into the PDF.
 */
export function withSafeLinks(svg: string): string {
  return svg.replace(
    /(\s)((?:xlink:)?href)(\s*=\s*)(?:"([^"]*)"|'([^']*)')/g,
    (_whole, space: string, name: string, equals: string, double?: string, single?: string) => {
      const href = safeHref(decodeXml(double ?? single ?? ''));
      return href === undefined ? '' : `${space}${name}${equals}"${escapeXml(href)}"`;
    },
  );
}
