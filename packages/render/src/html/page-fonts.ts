import type { RoadmapDocument } from '@roadmapkit/schema';
import { say } from '../client/words.js';
import { decodeXml } from '../escape.js';
import { renderHtml } from './render-html.js';

/** A family name safe in a `<style>` element: letters, digits, spaces, `.`, `_` and `-`. */
const SAFE_FAMILY = /^(?:'[\p{L}\p{N} ._-]+'|[\p{L}\p{N}_-]+)$/u;

/**
 * The picture's font stack (the `font-family` of its root `<svg>`), for the page's own text:
 * the panel, buttons, search and topics draw with the fonts embedded for the picture, then
 * the same system fonts. Names that could not sit in a stylesheet are left out.
 */
export function pictureFontFamily(svg: string): string | undefined {
  const value = /^<svg\b[^>]*?\sfont-family="([^"]*)"/.exec(svg)?.[1];
  if (value === undefined) return undefined;
  const names = decodeXml(value)
    .split(',')
    .map((name) => name.trim())
    .filter((name) => SAFE_FAMILY.test(name));
  return names.length === 0 ? undefined : names.join(', ');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Every character the reader page shows around its picture (headings, topics, resources,
 * FAQ, the fixed words, search placeholder, buttons), so the fonts embedded for the picture
 * can be cut to cover the page too: the page is the document's page with no picture, as text.
 */
export function pageText(doc: RoadmapDocument): string {
  const html = renderHtml(doc, { svg: '' });
  const body = html.slice(html.indexOf('<body>'));
  const shown = [...body.matchAll(/\s(?:placeholder|title)="([^"]*)"/g)].map((m) => m[1] ?? '');
  // The words the script writes (progress line, status, search count) and its digits.
  const said = /\sdata-words="([^"]*)"/.exec(body)?.[1];
  if (said) shown.push(...jsonStrings(JSON.parse(decodeXml(said))));
  shown.push(say(doc.locale ?? 'en', '{n}', { n: 9876543210 }));
  const text = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
  return [text, ...shown]
    .join(' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#')) {
        const code =
          name[1] === 'x' || name[1] === 'X'
            ? Number.parseInt(name.slice(2), 16)
            : Number(name.slice(1));
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ');
}

/** Every string in a parsed JSON value. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Characters that are each a grapheme of their own when the characters on both sides are of
 * them too (Unicode UAX #29: none extends, joins, prepends or pairs): printable ASCII, common
 * punctuation and CJK punctuation, and the letters of Latin, Greek, Cyrillic, Han, kana,
 * Arabic and Hebrew. Everything else (marks, joiners, emoji, flags, Hangul jamo, Indic and
 * Thai letters, controls) is segmented with the characters around it.
 */
const PLAIN =
  '\\u0020-\\u007e\\u2010-\\u2027\\u3000-\\u3029\\uff01-\\uff5e' +
  '[\\p{L}&&[\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Arabic}\\p{sc=Hebrew}]]';
/** A run of characters that are not plain. */
const OTHER = new RegExp(`[^${PLAIN}]+`, 'gv');

/**
 * Each grapheme of `text` once, in order of first use: what a font subset needs, far shorter.
 * Between two plain characters a grapheme always ends, so only the runs of other characters,
 * with the plain character on each side, go through the segmenter (on a page of Latin text,
 * a hundred times as fast as segmenting it all).
 */
export function uniqueGraphemes(text: string): string {
  const seen = new Set<string>();
  /** Adds each character of `text[from, to)` (plain characters, each a grapheme). */
  const plain = (from: number, to: number) => {
    for (const char of text.slice(from, to)) seen.add(char);
  };
  let done = 0;
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start < 0) return;
    plain(done, start);
    for (const { segment } of graphemes.segment(text.slice(start, end))) seen.add(segment);
    done = end;
  };
  for (const match of text.matchAll(OTHER)) {
    // The run with the plain character before it and the one after it: a grapheme ends on
    // both sides of that piece. A run one plain character from the last joins its piece.
    const from = match.index > 0 ? match.index - charBefore(text, match.index) : 0;
    const after = match.index + match[0].length;
    const to = after + charAt(text, after);
    if (start >= 0 && from < end) end = to;
    else {
      flush();
      start = from;
      end = to;
    }
  }
  flush();
  plain(done, text.length);
  return [...seen].join('');
}

/** The length (1 or 2 code units) of the character that ends at `index`. */
function charBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index >= 2 ? 2 : 1;
}

/** The length (0 at the end, else 1 or 2 code units) of the character at `index`. */
function charAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}
