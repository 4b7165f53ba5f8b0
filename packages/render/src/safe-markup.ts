export interface SafeMarkupOptions {
  /**
   * Script bodies allowed in a plain `<script>` (no attributes), byte for byte: the HTML
   * page passes its own fixed bundle. Anything else in a script is a problem.
   */
  readonly allowedScripts?: readonly string[];
  /** Report `style` attributes too (a page whose CSP allows styles only by hash). */
  readonly noStyleAttributes?: boolean;
  /**
   * Whole `<link …>` tags allowed byte for byte: the HTML page passes its render-blocking
   * `rel="expect"` link, which loads nothing. Any other `<link>` is a problem.
   */
  readonly allowedLinks?: readonly string[];
}

/**
 * Checks generated SVG or HTML for anything that could run or load code: `<script>` (other
 * than JSON-LD data and the allowed bodies), `<foreignObject>`, `<iframe>`/`<object>`/`<embed>`, `on*` event
 * attributes, `<base>`, `<link>`, a meta refresh, and in link and source attributes any scheme but
 * http, https and mailto (however hidden), `//host` and `\\host` links.
 * Returns what it found (empty when the markup is safe). It reads the markup as the XML it
 * is; it is a test oracle and a guard, not a sanitizer.
 */
export function checkSafeMarkup(markup: string, options: SafeMarkupOptions = {}): string[] {
  const problems: string[] = [];
  for (const match of markup.matchAll(/<\s*script\b([^>]*)>([\s\S]*?)<\s*\/\s*script\s*>/gi)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    if (attributes === '' && options.allowedScripts?.includes(body)) continue;
    if (!/^\s*type="application\/ld\+json"\s*$/i.test(attributes))
      problems.push(`<script${attributes}>`);
    else if (/<\//.test(body)) problems.push('a JSON-LD block that could close its element');
  }
  const scripts = markup.match(/<\s*script\b/gi)?.length ?? 0;
  const closed = [...markup.matchAll(/<\s*script\b[^>]*>[\s\S]*?<\s*\/\s*script\s*>/gi)].length;
  if (scripts !== closed) problems.push('an unclosed <script>');
  if (/<meta\b[^>]*http-equiv\s*=\s*["']?refresh/i.test(markup)) problems.push('a meta refresh');
  for (const tag of ['foreignObject', 'iframe', 'object', 'embed', 'use', 'base']) {
    if (new RegExp(`<\\s*${tag}\\b`, 'i').test(markup)) problems.push(`<${tag}>`);
  }
  for (const link of markup.matchAll(/<\s*link\b[^>]*>?/gi)) {
    if (!options.allowedLinks?.includes(link[0])) problems.push('<link>');
  }
  const tags =
    /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
  for (const tag of markup.matchAll(tags)) {
    for (const attribute of (tag[2] ?? '').matchAll(
      /([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g,
    )) {
      const name = (attribute[1] ?? '').toLowerCase();
      const raw = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      if (name.startsWith('on')) problems.push(`an ${name} attribute`);
      if (name === 'style' && options.noStyleAttributes) problems.push('a style attribute');
      if (['href', 'xlink:href', 'src', 'action', 'formaction'].includes(name)) {
        const value = decodeEntities(raw)
          // Everything a browser or PDF viewer could drop or ignore: controls, spaces and
          // separators, format characters (zero-width, bidi, soft hyphen), noncharacters and
          // lone surrogates (a surrogate pair is one code point of another category and stays).
          .replace(/[\p{Cc}\p{Cf}\p{Z}\p{Cs}\ufffe\uffff]/gu, '')
          .toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
        if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme))
          problems.push(`a ${scheme}: link`);
        else if (/^[/\\]{2}/.test(value)) problems.push('a link to another host without a scheme');
        else if (scheme === undefined && /^[^/?#]*:/.test(value))
          problems.push('a link with a colon before its first slash');
      }
    }
  }
  return problems;
}

function decodeEntities(text: string): string {
  // One pass, as a parser reads it: `&#x26;colon;` is the text `&colon;`, not a colon.
  return text.replace(
    /&#x([0-9a-f]+);?|&#(\d+);?|&(colon|tab|newline|amp);/gi,
    (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex !== undefined || dec !== undefined) {
        const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
      }
      return { colon: ':', tab: '\t', newline: '\n', amp: '&' }[
        (name ?? '').toLowerCase() as 'colon'
      ];
    },
  );
}
