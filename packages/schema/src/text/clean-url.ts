import { INVISIBLE } from './invisible.js';

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const SAFE_URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * A URL cleaned the way browsers, PDF viewers and our own writers read it: every invisible
 * character (controls, NUL, tabs, newlines, zero-width and bidi characters, U+FFFE/U+FFFF,
 * lone surrogates; see {@link INVISIBLE}) removed anywhere, surrounding spaces trimmed.
 * `java\0script:` becomes `javascript:`. This is the value that is judged
 * ({@link judgeUrl}) and the value that is written.
 */
export function cleanUrl(url: string): string {
  return url.replace(INVISIBLE, '').trim();
}

/** Why a URL was refused. */
export type UrlRefusal =
  /** A scheme other than http, https or mailto. */
  | { readonly kind: 'scheme'; readonly scheme: string }
  /** `//host`, `/\host`, `\\host\share`: leaves the site without naming a scheme. */
  | { readonly kind: 'other-host' }
  /** A colon before the first `/`, `?` or `#` that is not a scheme (`java script:`). */
  | { readonly kind: 'malformed' };

/** The verdict on a URL: the cleaned value when it is allowed, why not when it is not. */
export type UrlVerdict =
  | { readonly ok: true; readonly url: string; readonly scheme: string | undefined }
  | { readonly ok: false; readonly url: string; readonly refusal: UrlRefusal };

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Cleans a URL ({@link cleanUrl}), then judges the cleaned value: http, https, mailto or a
 * same-site relative path are allowed. Refused: any other scheme, protocol-relative and
 * backslash forms that leave the site (`//host`, `/\host`, `\\host\share`), and a colon
 * before the first `/`, `?` or `#` that does not follow a well-formed scheme.
 */
export function judgeUrl(url: string): UrlVerdict {
  const clean = cleanUrl(url);
  // A viewer that also drops every space, separator and format character (no-break, em,
  // ideographic spaces, Arabic and tag format characters, …) must not find a scheme or a host
  // either: the value is judged as written and with those removed, and both must pass.
  const refusal = refuse(clean) ?? refuse(clean.replace(/[\p{Cc}\p{Cf}\p{Z}]/gu, ''));
  if (refusal !== undefined) return { ok: false, url: clean, refusal };
  return { ok: true, url: clean, scheme: SCHEME.exec(clean)?.[1]?.toLowerCase() };
}

function refuse(value: string): UrlRefusal | undefined {
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined)
    return SAFE_URL_SCHEMES.has(scheme) ? undefined : { kind: 'scheme', scheme };
  if (/^[/\\]{2}/.test(value)) return { kind: 'other-host' };
  if (/^[^/?#]*:/.test(value)) return { kind: 'malformed' };
  return undefined;
}

/** The cleaned URL when it may be written as a link, otherwise undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const verdict = judgeUrl(url);
  return verdict.ok ? verdict.url : undefined;
}

/** The scheme of the cleaned URL, lower-cased; undefined when relative. */
export function urlScheme(url: string): string | undefined {
  return SCHEME.exec(cleanUrl(url))?.[1]?.toLowerCase();
}
