/// <reference path="./linebreak.d.ts" />
import LineBreaker from 'linebreak';

/** A place where a line may (or, after a hard line break, must) end. */
export interface BreakOpportunity {
  /** The index in the text where the next line would start (after any spaces). */
  readonly position: number;
  /** True after a hard line break (LF, CR, CR LF, NEL, LS, PS, VT, FF). */
  readonly required: boolean;
}

/** Characters a line neither starts nor ends with: breakable spaces and hard line breaks. */
const lineEndSpace = /[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000]/;

/** Whether the UTF-16 unit at `index` is a space or break a line may drop at its ends. */
export function isLineEndSpace(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && lineEndSpace.test(char);
}

/** The first index at or after `from` that is not a breakable space (hard breaks are kept). */
export function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && isLineEndSpace(text, index) && !isHardBreak(text, index)) index++;
  return index;
}

/** The index after the last character of `text.slice(start, end)` that is not a space. */
export function trimmedEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && isLineEndSpace(text, index - 1)) index--;
  return index;
}

function isHardBreak(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && /[\n\v\f\r\u0085\u2028\u2029]/.test(char);
}

/** The grapheme boundaries of `text` (0 and `text.length` included). */
export function graphemeBoundaries(text: string, graphemes: Intl.Segmenter): Set<number> {
  const boundaries = new Set<number>([text.length]);
  for (const { index } of graphemes.segment(text)) boundaries.add(index);
  return boundaries;
}

/**
 * The line break opportunities of `text` by the Unicode line breaking algorithm (UAX #14:
 * after spaces, after hyphens and dashes, between ideographs, never before closing
 * punctuation…), kept only where they fall between two grapheme clusters. The last one is
 * always at `text.length` (for a non-empty text).
 */
export function breakOpportunities(
  text: string,
  graphemes: Intl.Segmenter,
): readonly BreakOpportunity[] {
  if (text === '') return [];
  // Every ASCII grapheme is one code unit except CR LF, which UAX #14 never splits.
  const boundaries = /^\p{ASCII}*$/u.test(text) ? undefined : graphemeBoundaries(text, graphemes);
  const opportunities: BreakOpportunity[] = [];
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
    if (boundaries !== undefined && !boundaries.has(next.position)) continue;
    opportunities.push({ position: next.position, required: next.required });
  }
  const found = refineForScripts(text, opportunities);
  opportunities.length = 0;
  opportunities.push(...found);
  const last = opportunities.at(-1);
  if (last === undefined || last.position !== text.length) {
    opportunities.push({ position: text.length, required: false });
  }
  return opportunities;
}

/** Thai, Lao, Myanmar and Khmer: written without spaces, so UAX #14 finds no breaks in them. */
const noSpaceScript = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]/;
const hangul = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;

/**
 * Adds the word boundaries `Intl.Segmenter` finds (ICU's dictionaries) inside Thai, Lao,
 * Myanmar and Khmer text, and removes breaks between two Hangul syllables (Korean breaks at
 * spaces, like CSS `word-break: keep-all`), so no word is cut mid-syllable.
 */
function refineForScripts(text: string, found: readonly BreakOpportunity[]): BreakOpportunity[] {
  let list = [...found];
  if (hangul.test(text)) {
    list = list.filter(
      ({ position, required }) =>
        required || !(hangul.test(text[position - 1] ?? '') && hangul.test(text[position] ?? '')),
    );
  }
  if (noSpaceScript.test(text)) {
    const words = new Intl.Segmenter('th', { granularity: 'word' });
    const known = new Set(list.map((o) => o.position));
    for (const { index } of words.segment(text)) {
      if (index === 0 || known.has(index)) continue;
      if (noSpaceScript.test(text[index - 1] ?? '') && noSpaceScript.test(text[index] ?? '')) {
        list.push({ position: index, required: false });
      }
    }
    list.sort((a, b) => a.position - b.position);
  }
  return list;
}
