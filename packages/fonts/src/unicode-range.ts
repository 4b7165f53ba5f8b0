/** Sorted, disjoint code point ranges, inclusive at both ends. */
export type CodePointRanges = readonly (readonly [number, number])[];

/**
 * Parses a CSS `unicode-range` value (`U+0600-06FF,U+200C,U+4??`). Throws a RangeError that
 * quotes the part it cannot read.
 */
export function parseUnicodeRange(value: string): CodePointRanges {
  const ranges: [number, number][] = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
    if (!match?.[1]) throw new RangeError(`unicode-range: cannot read '${part}'`);
    const first = match[1];
    if (first.includes('?')) {
      ranges.push([
        Number.parseInt(first.replace(/\?/g, '0'), 16),
        Number.parseInt(first.replace(/\?/g, 'f'), 16),
      ]);
    } else {
      const low = Number.parseInt(first, 16);
      ranges.push([low, match[2] ? Number.parseInt(match[2], 16) : low]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Whether `codePoint` lies in one of the ranges (binary search). */
export function inRanges(ranges: CodePointRanges, codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (range === undefined) return false;
    if (codePoint < range[0]) high = middle - 1;
    else if (codePoint > range[1]) low = middle + 1;
    else return true;
  }
  return false;
}
