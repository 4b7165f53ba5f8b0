/** A family name we can write in CSS as it is: letters, digits, spaces, `-` and `_`. */
const PLAIN_FAMILY = /^[A-Za-z0-9 _-]+$/;

/**
 * The picture's font list on the page: only the families its `@font-face` rules embed, then
 * Arial (close to Inter's widths) and `sans-serif`. The SVG names a long chain of system fonts for viewers without those faces;
 * in the page every face is embedded, and each name a browser has to look up on the system
 * (a font-service round trip while the embedded data is still being decoded) delays the
 * first paint. Empty when the SVG embeds no fonts, so its own list stands.
 */
export function pictureFontCss(svg: string): string {
  const families = new Set<string>();
  for (const rule of svg.matchAll(/@font-face\s*\{[^}]*?font-family:\s*([^;}]+)/g)) {
    const family = (rule[1] ?? '').trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!PLAIN_FAMILY.test(family)) return '';
    families.add(family);
  }
  if (families.size === 0) return '';
  return `#rk-stage svg{font-family:${[...families].map((f) => `"${f}"`).join(',')},Arial,sans-serif}`;
}
