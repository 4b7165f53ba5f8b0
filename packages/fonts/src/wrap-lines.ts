import { breakOpportunities, skipSpaces, trimmedEnd } from './line-breaks.js';
import type { WrappedLine } from './types.js';

/** Drawn at the end of a line whose word had to be cut, so a cut is never silent. */
export const breakMarker = '-';

/**
 * Cuts a too-long run `text.slice(start, end)`: the most grapheme clusters that fit in
 * `maxWidth` together with the break marker, found in one pass (the widths of the clusters are
 * added up, then the real width is checked), so a word of any length wraps in linear time.
 * Never fewer than one cluster, so a single grapheme wider than `maxWidth` gets a line.
 */
function graphemeCut(
  text: string,
  start: number,
  end: number,
  maxWidth: number,
  width: (text: string) => number,
  graphemes: Intl.Segmenter,
): number {
  const room = maxWidth - width(breakMarker);
  const collect = (stop: number): { cuts: number[]; full: boolean } => {
    const cuts: number[] = [];
    let sum = 0;
    for (const { index, segment } of graphemes.segment(text.slice(start, stop))) {
      sum += width(segment);
      if (cuts.length > 0 && sum > room) return { cuts, full: true };
      cuts.push(start + index + segment.length);
    }
    return { cuts, full: false };
  };
  // Segment a short window first (the segmenter reads the whole string it is given), then
  // longer ones: a line is a few dozen characters, so a long word costs about a line a line.
  let window = { cuts: [] as number[], full: false };
  for (const size of [64, 512, Number.POSITIVE_INFINITY]) {
    window = collect(Math.min(end, start + size));
    if (window.full || start + size >= end) break;
  }
  const { cuts } = window;
  // Kerning can make the run a little wider than the sum: step back while it does not fit.
  while (cuts.length > 1) {
    const cut = cuts.at(-1) ?? end;
    if (width(text.slice(start, cut)) <= room) break;
    cuts.pop();
  }
  // Kinsoku: no line may start with closing punctuation or a small kana; cut earlier.
  while (cuts.length > 1 && noLineStart.test(text[cuts.at(-1) ?? end] ?? '')) cuts.pop();
  return cuts.at(-1) ?? end;
}

/** Characters a Chinese or Japanese line never starts with (closing marks, small kana…). */
const noLineStart =
  /[、。，．：；！？）」』】〕〉》〗〙〛｝］ー…‥・ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々〻]/;

/**
 * Greedy line filling: each line takes as many break opportunities as fit in `maxWidth`.
 * Lines never start or end with breakable spaces; a hard line break always ends a line; a word
 * wider than `maxWidth` is cut between grapheme clusters. `width` must be the function whose
 * value is reported, so every reported width is the width of the line's text.
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  width: (text: string) => number,
  graphemes: Intl.Segmenter,
): WrappedLine[] {
  const lines: WrappedLine[] = [];
  const push = (from: number, to: number, marker = ''): void => {
    const line = text.slice(from, trimmedEnd(text, from, to)) + marker;
    lines.push(
      marker === ''
        ? { text: line, width: width(line) }
        : { text: line, width: width(line), broken: true },
    );
  };
  // A run far longer than a line is known not to fit from a short prefix (widths only grow
  // with the text), so a huge word costs one short measure per line, not one of its length.
  const fits = (from: number, to: number): boolean => {
    for (const prefix of [24, 256]) {
      if (to - from > prefix && width(text.slice(from, from + prefix)) > maxWidth) return false;
    }
    return width(text.slice(from, to)) <= maxWidth;
  };
  const opportunities = breakOpportunities(text, graphemes);
  let start = skipSpaces(text, 0);
  let lastFit = -1;
  let i = 0;
  while (i < opportunities.length) {
    const opportunity = opportunities[i];
    if (opportunity === undefined) break;
    const { position, required } = opportunity;
    if (position <= start) {
      i++;
      continue;
    }
    const end = trimmedEnd(text, start, position);
    if (fits(start, end)) {
      if (required) {
        push(start, end);
        start = skipSpaces(text, position);
        lastFit = -1;
      } else {
        lastFit = position;
      }
      i++;
    } else if (lastFit > start) {
      push(start, lastFit);
      start = skipSpaces(text, lastFit);
      lastFit = -1;
    } else {
      // Nothing fits before this opportunity: cut the run between grapheme clusters.
      const cut = graphemeCut(text, start, end, maxWidth, width, graphemes);
      push(start, cut, cut < end ? breakMarker : '');
      lastFit = -1;
      if (cut < end) {
        start = skipSpaces(text, cut);
      } else {
        // A single grapheme wider than maxWidth: it takes the line, with the break after it.
        start = skipSpaces(text, position);
        i++;
      }
    }
  }
  if (lastFit > start) push(start, lastFit);
  return lines;
}
