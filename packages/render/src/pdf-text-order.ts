import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

type Kind = 'l' | 'r' | 'n';

/**
 * How PDF text extractors (poppler's pdftotext among them) class a character when they put
 * a line back in reading order: strong right-to-left (R, AL), left-to-right (L, and digits
 * with their signs and separators such as `-`, `%`, `:` and `,`, which they keep in
 * left-to-right order), or neutral.
 */
function kindOf(char: string): Kind {
  const type = bidi.getBidiCharTypeName(char);
  if (type === 'R' || type === 'AL') return 'r';
  if (
    type === 'L' ||
    type === 'EN' ||
    type === 'AN' ||
    type === 'ES' ||
    type === 'ET' ||
    type === 'CS'
  )
    return 'l';
  return 'n';
}

const MARK: Readonly<Record<'l' | 'r', string>> = { l: '\u200e', r: '\u200f' };

/**
 * The line's text cut into direction segments, each starting and ending with a strong
 * character of its own direction: neutrals between two segments (spaces, brackets,
 * emoji) stay with the one before and are closed by a LEFT-TO-RIGHT or RIGHT-TO-LEFT MARK,
 * so an extractor never moves them to the other side.
 */
function segments(text: string): { dir: 'l' | 'r'; text: string }[] {
  const out: { dir: 'l' | 'r'; text: string }[] = [];
  let lead = '';
  let pending = '';
  for (const char of text) {
    const kind = kindOf(char);
    if (kind === 'n') {
      pending += char;
      continue;
    }
    const last = out[out.length - 1];
    if (last === undefined) {
      lead = pending;
      out.push({ dir: kind, text: (lead === '' ? '' : MARK[kind] + lead) + char });
    } else if (last.dir === kind) last.text += pending + char;
    else {
      if (pending !== '') last.text += pending + MARK[last.dir];
      out.push({ dir: kind, text: char });
    }
    pending = '';
  }
  const last = out[out.length - 1];
  if (last === undefined) return [{ dir: 'l', text }];
  if (pending !== '') last.text += pending + MARK[last.dir];
  return out;
}

/**
 * What an extractor weighs to choose a page's main direction: its left-to-right characters
 * (bidi type L, marks included) minus its right-to-left ones; below 0 the page reads right
 * to left.
 */
export function directionWeight(text: string): number {
  let weight = 0;
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') weight += 1;
    else if (type === 'R' || type === 'AL') weight -= 1;
  }
  return weight;
}

/**
 * Whether extractors will read the page right to left, given the weight of its other text
 * and its lines as `extractionOrder` writes them: their marks count too (the same marks in
 * either direction, only their order changes).
 */
export function pageReadsRtl(otherWeight: number, lines: readonly string[]): boolean {
  const total = lines.reduce(
    (sum, line) => sum + directionWeight(extractionOrder(line, false)),
    otherWeight,
  );
  return total < 0;
}

/**
 * The text to give as a line's ActualText so that an extractor, which reads it as drawn
 * (left to right) and puts it back in reading order for the page's main direction, gives
 * `text` back in logical order: the direction segments laid out in the page's direction,
 * right-to-left ones with their characters reversed.
 */
export function extractionOrder(text: string, pageRtl: boolean): string {
  const laid = segments(text).map((segment) =>
    segment.dir === 'r' ? [...segment.text].reverse().join('') : segment.text,
  );
  return (pageRtl ? laid.reverse() : laid).join('');
}
