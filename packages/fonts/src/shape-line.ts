import bidiFactory from 'bidi-js';
import { emojiWidthEm, graphemeWidth, isEmojiGrapheme } from './fallback-width.js';
import type { ChainFace, FontChain } from './font-chain.js';
import type { EmojiSource, FontWeight, PlacedGlyph, ShapedLine, ShapedRun } from './types.js';

const bidi = bidiFactory();
/** Characters drawn with no glyph of their own: controls and default-ignorables. */
const invisible = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

export interface Item {
  readonly text: string;
  readonly level: number;
  /** A face, an emoji picture, or `missing` (no font has it: the main font's .notdef box). */
  readonly face: ChainFace | 'emoji' | 'missing';
}

const mark = /\p{M}/u;

/**
 * The face for a grapheme and the characters it draws: the previous face when it has every
 * character, else the chain's face for the base. Marks no font of the grapheme has are
 * dropped (they add no width); a base no font has makes the grapheme `missing`.
 */
function faceForGrapheme(
  grapheme: string,
  weight: FontWeight,
  chain: FontChain,
  previous: ChainFace | undefined,
  missing: string[],
): { face: ChainFace | 'missing'; text: string } {
  const visible = [...grapheme].filter((char) => !invisible.test(char));
  if (visible.length === 0) return { face: previous ?? chain.main[weight], text: grapheme };
  const has = (face: ChainFace, char: string) => face.face.covers(char.codePointAt(0) ?? 0);
  if (previous && visible.every((char) => has(previous, char))) {
    return { face: previous, text: grapheme };
  }
  const base = chain.faceFor(visible[0]?.codePointAt(0) ?? 0, weight);
  if (!base) {
    missing.push(...visible.filter((char) => !chain.faceFor(char.codePointAt(0) ?? 0, weight)));
    return { face: 'missing', text: grapheme };
  }
  const text = [...grapheme]
    .filter((char) => {
      if (invisible.test(char) || has(base, char)) return true;
      if (!chain.faceFor(char.codePointAt(0) ?? 0, weight)) missing.push(char);
      return !mark.test(char);
    })
    .join('');
  return { face: base, text };
}

/** Reverses runs at or above each odd level (the bidi rule L2), in place. */
function reorder<T extends { level: number }>(items: T[]): T[] {
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const { level } of items) {
    highest = Math.max(highest, level);
    if (level % 2 === 1) lowestOdd = Math.min(lowestOdd, level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < items.length; i++) {
      const first = items[i];
      if (!first || first.level < level) continue;
      let end = i;
      while ((items[end + 1]?.level ?? -1) >= level) end++;
      const reversed = items.slice(i, end + 1).reverse();
      items.splice(i, reversed.length, ...reversed);
      i = end;
    }
  }
  return items;
}

/**
 * Shapes one line: NFC, bidi levels (bidi-js, paragraph direction from the first strong
 * character unless given), one face per grapheme from the chain, runs of one face and one
 * level, each shaped by fontkit (Arabic joining, Indic reordering and conjuncts, marks,
 * kerning), then put in visual order.
 */
export function shapeLine(
  input: string,
  size: number,
  weight: FontWeight,
  chain: FontChain,
  emoji: EmojiSource | undefined,
  graphemes: Intl.Segmenter,
  options: { readonly direction?: 'ltr' | 'rtl'; readonly paths?: boolean } = {},
  onItems?: (items: readonly Item[]) => void,
): ShapedLine {
  const { direction, paths = true } = options;
  const text = input.normalize('NFC');
  const { levels, paragraphs } = bidi.getEmbeddingLevels(text, direction);
  const base = (paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
  const missing: string[] = [];
  const items: (Item & { level: number })[] = [];
  let previous: ChainFace | undefined;
  for (const { segment, index } of graphemes.segment(text)) {
    const level = levels[index] ?? 0;
    let face: Item['face'];
    let drawn = segment;
    if (isEmojiGrapheme(segment)) {
      // Always an emoji's width, so the layout does not change when the pictures are added.
      face = 'emoji';
      if (emoji?.picture(segment) === undefined) missing.push(segment);
    } else {
      const found = faceForGrapheme(segment, weight, chain, previous, missing);
      face = found.face;
      drawn = found.text;
      if (face !== 'missing') previous = face;
    }
    const last = items.at(-1);
    if (last && last.face === face && last.level === level && typeof face !== 'string') {
      items[items.length - 1] = { ...last, text: last.text + drawn };
    } else {
      items.push({ text: drawn, level, face });
    }
  }
  onItems?.(items);
  const runs: ShapedRun[] = [];
  let x = 0;
  for (const item of reorder(items)) {
    if (item.face === 'emoji') {
      const width = emojiWidthEm * size;
      const picture = paths ? (emoji?.picture(item.text) ?? '') : '';
      runs.push({ kind: 'emoji', text: item.text, x, width, picture, viewBox: emoji?.size ?? 1 });
      x += width;
      continue;
    }
    if (item.face === 'missing') {
      // No font has it: the documented approximate width, drawn as the main font's box.
      const main = chain.main[weight];
      const units = graphemeWidth(item.text, main.face);
      const em = 'units' in units ? units.units : main.face.shape(units.text);
      const width = (em * size) / main.face.unitsPerEm;
      const scale = size / main.face.unitsPerEm;
      const notdef = main.face.glyphs(item.text, 'ltr').glyphs[0];
      runs.push({
        kind: 'glyphs',
        text: item.text,
        x,
        width,
        direction: 'ltr',
        family: main.family,
        weight,
        font: main.bytes,
        scale,
        glyphs: notdef && paths ? [{ x, y: 0, path: notdef.path() }] : [],
      });
      x += width;
      continue;
    }
    const rtl = item.level % 2 === 1;
    const shapedText = rtl
      ? [...item.text].map((char) => bidi.getMirroredCharacter(char) ?? char).join('')
      : item.text;
    const { face, family } = item.face;
    const scale = size / face.unitsPerEm;
    const shaped = face.glyphs(shapedText, rtl ? 'rtl' : 'ltr');
    const glyphs: PlacedGlyph[] = [];
    let pen = 0;
    for (const glyph of shaped.glyphs) {
      glyphs.push({
        x: x + (pen + glyph.dx) * scale,
        y: -glyph.dy * scale,
        path: paths ? glyph.path() : '',
      });
      pen += glyph.advance;
    }
    const width = shaped.advance * scale;
    runs.push({
      kind: 'glyphs',
      text: item.text,
      x,
      width,
      direction: rtl ? 'rtl' : 'ltr',
      family,
      weight: item.face.weight,
      font: item.face.bytes,
      scale,
      glyphs,
    });
    x += width;
  }
  return { text, width: x, direction: base, runs, missing: [...new Set(missing)] };
}
