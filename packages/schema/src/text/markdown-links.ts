import { decodeHTML } from 'entities';

/** Most characters of a link destination looked at: the verdict depends on its start only. */
const MAX_TARGET = 2_048;

/** Inline links and images: `[text](url …)` and `![alt](<url> …)`. */
const INLINE = /\]\([ \t\n]*<?([^ )>]{0,2048})/g;
/** Autolinks: `<scheme:…>`. */
const AUTOLINK = /<([^<> \t\n]{1,2048})>/g;
/** Link reference definitions: `[id]: url`. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*<?([^ \t\n>]{1,2048})/gm;

/** A backslash escape of ASCII punctuation, as CommonMark reads it. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A link destination as a Markdown parser hands it over: entities decoded, escapes removed. */
export function decodeLinkTarget(raw: string): string {
  return decodeHTML(raw).replace(ESCAPE, '$1');
}

/**
 * The destinations of every link, image, autolink and link definition a Markdown parser
 * could find in the text, as the parser would hand them over: entities (`&colon;`, `&#106;`)
 * decoded and backslash escapes removed. Errs on the side of finding too many: it is used to
 * judge links ({@link judgeUrl}), never to draw them.
 */
export function markdownLinkTargets(markdown: string): string[] {
  const out: string[] = [];
  for (const pattern of [INLINE, AUTOLINK, DEFINITION]) {
    for (const match of markdown.matchAll(pattern)) {
      const raw = match[1];
      if (raw) out.push(decodeLinkTarget(raw.slice(0, MAX_TARGET)));
    }
  }
  return out;
}
