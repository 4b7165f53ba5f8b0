/**
 * How a browser reads a link target, written independently of the code under test: it drops
 * leading controls and spaces, ignores tabs and newlines, and treats `\` as `/`. Returns
 * what the link leads to: a scheme, `same-site`, or `other-host`.
 */
export function linkTarget(href: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what the URL parser strips
  const url = href.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) return scheme;
  if (/^[/\\]{2}/.test(url)) return 'other-host';
  return 'same-site';
}

/** The targets a link may have. */
export const ALLOWED_TARGETS = ['http', 'https', 'mailto', 'same-site'];

/** The href values of the markup, entities decoded (the few our escaper writes). */
export function hrefs(markup: string): string[] {
  return [...markup.matchAll(/\shref="([^"]*)"/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
      .replace(/&amp;/g, '&'),
  );
}

/** Strings that hide a scheme or a host: pieces a generator puts together. */
export const URL_PIECES = [
  'javascript',
  'java',
  'script',
  'data',
  'vbscript',
  ':',
  '/',
  '\\',
  '//',
  ' ',
  '\u0000',
  '\t',
  '\n',
  '\u000b',
  '\u000c',
  '\u0085',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udc00',
  'https',
  'mailto',
  'alert(1)',
  '&colon;',
  '&#106;',
];
