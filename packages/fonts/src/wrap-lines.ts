import { breakOpportunities, skipSpaces, trimmedEnd } from './line-breaks.js';
import type { WrappedLine } from './types.js';

/**
 * The index up to which a too-long run `text.slice(start, end)` is cut: the most grapheme
 * clusters that fit in `maxWidth`, and never fewer than one, so a single grapheme wider than
 * `maxWidth` gets a line of its own. Graphemes are read lazily and the search gallops (1, 2,
 * 4, … clusters) before it bisects, so one cut costs about the line's length, not the run's:
 * a 20,000-character word wraps in linear time.
 */
function graphemeCut(
  text: string,
  start: number,
  end: number,
  maxWidth: number,
  width: (text: string) => number,
  graphemes: Intl.Segmenter,
): number {
  const segments = graphemes.segment(text.slice(start, end))[Symbol.iterator]();
  const cuts: number[] = [];
  const cutAt = (k: number): number | undefined => {
    while (cuts.length <= k) {
      const next = segments.next();
      if (next.done) return undefined;
      cuts.push(start + next.value.index + next.value.segment.length);
    }
    return cuts[k];
  };
  // The whole run is known not to fit, so a cut at `end` never does.
  const fitsAt = (k: number): boolean => {
    const cut = cutAt(k);
    return (
      cut !== undefined &&
      cut < end &&
      width(text.slice(start, trimmedEnd(text, start, cut))) <= maxWidth
    );
  };
  let fits = 0; // cuts[fits] is the furthest cut known to fit; cuts[0] is taken regardless.
  let probe = 1;
  while (fitsAt(probe)) {
    fits = probe;
    probe *= 2;
  }
  let low = fits + 1;
  let high = probe - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (fitsAt(middle)) {
      fits = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return cutAt(fits) ?? end;
}

/** Characters measured first of a long run: when they alone overflow, so does the run. */
const PROBE = 512;

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
  const push = (from: number, to: number): void => {
    const line = text.slice(from, trimmedEnd(text, from, to));
    lines.push({ text: line, width: width(line) });
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
    // A long run is first measured by its start, so a 20,000-character word is not measured
    // whole once per line.
    const overflows = end - start > PROBE && width(text.slice(start, start + PROBE)) > maxWidth;
    if (!overflows && width(text.slice(start, end)) <= maxWidth) {
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
      push(start, cut);
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
