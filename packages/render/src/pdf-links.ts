import { escapeXml, safeHref } from './escape.js';

const XML_ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(XML_ENTITY, (whole, hex?: string, dec?: string, name?: string) => {
    const code =
      hex !== undefined ? Number.parseInt(hex, 16) : dec !== undefined ? Number(dec) : -1;
    if (name !== undefined) return NAMED[name] ?? whole;
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

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
