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

/** Each grapheme of `text` once, in order of first use: what a font subset needs, far shorter. */
export function uniqueGraphemes(text: string): string {
  const seen = new Set<string>();
  for (const { segment } of graphemes.segment(text)) seen.add(segment);
  return [...seen].join('');
}
