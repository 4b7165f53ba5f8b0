import { type ChainFace, createFontChain } from './font-chain.js';
import { type CreateFont, type FontFace, parseFontFace, tableFontFace } from './font-face.js';
import { fontFamily } from './font-family.js';
import { latinLineShaper } from './latin-line.js';
import { latinOutlines } from './latin-outlines.js';
import { latinTable } from './latin-table.js';
import { type LatinWidths, latinWidths } from './latin-widths.js';
import { paragraphDirection } from './paragraph-direction.js';
import { type Item, shapeLine } from './shape-line.js';
import { createTextWidth, type TextWidth } from './text-width.js';
import type {
  FallbackFont,
  FontSources,
  FontWeight,
  Measurer,
  MeasurerOptions,
  ShapedLine,
  TextStyle,
  UsedFont,
  VerticalMetrics,
  WrapOptions,
  WrappedText,
} from './types.js';
import { wrapLines } from './wrap-lines.js';

function checkText(text: unknown, where: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${where}: text must be a string, received ${typeof text}`);
  }
}

function checkSize(size: unknown, where: string): number {
  if (typeof size !== 'number' || !Number.isFinite(size) || size <= 0) {
    throw new RangeError(
      `${where}: size must be a finite number greater than 0, received ${String(size)}`,
    );
  }
  return size;
}

function checkWeight(weight: unknown, where: string): FontWeight {
  if (weight === undefined || weight === 'regular') return 'regular';
  if (weight === 'bold') return 'bold';
  throw new RangeError(`${where}: weight must be 'regular' or 'bold', received ${String(weight)}`);
}

function checkMaxWidth(maxWidth: unknown): number {
  if (typeof maxWidth !== 'number' || Number.isNaN(maxWidth) || maxWidth < 0) {
    throw new RangeError(
      `wrapText: maxWidth must be a number ≥ 0 (or Infinity), received ${String(maxWidth)}`,
    );
  }
  return maxWidth;
}

/** FNV-1a over the bytes, as scripts/latin-widths.mjs computes it. */
function fingerprint(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++)
    hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193) >>> 0;
  return hash;
}

/** The precomputed ASCII widths when `bytes` are the shipped file they were made from. */
function tableFor(bytes: Uint8Array, table: LatinWidths): LatinWidths | undefined {
  return bytes instanceof Uint8Array && fingerprint(bytes) === table.fingerprint
    ? table
    : undefined;
}

/**
 * One shipped weight: when the bytes are the file the table was made from, the table gives
 * the metrics and fontkit reads the bytes only on first need; any other bytes are read now.
 */
function faceOf(
  bytes: Uint8Array,
  label: string,
  table: LatinWidths | undefined,
  create: () => CreateFont,
): FontFace {
  if (table === undefined) return parseFontFace(bytes, label, create());
  return tableFontFace(table.metrics, () => parseFontFace(bytes, label, create()));
}

/**
 * Creates a measurer from font bytes (TTF or OTF), with no file system and no DOM, so it runs
 * in Node and in a browser bundle alike. `create` gives fontkit's `create` (each entry says
 * how it loads fontkit). Fonts other than the shipped ones are parsed now; word widths are
 * cached in the measurer as they are measured.
 */
export function createMeasurerWith(
  create: () => CreateFont,
  fonts: FontSources,
  options: MeasurerOptions = {},
): Measurer {
  if (typeof fonts !== 'object' || fonts === null) {
    throw new TypeError('createMeasurer: expected { regular, bold } font bytes');
  }
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const regularTable = tableFor(fonts.regular, latinWidths.regular);
  const boldTable = tableFor(fonts.bold, latinWidths.bold);
  // Read once: measuring and the Latin line path look words up in the same table.
  const regularLatin = regularTable && latinTable(regularTable);
  const boldLatin = boldTable && latinTable(boldTable);
  const regular = faceOf(fonts.regular, 'createMeasurer: fonts.regular', regularTable, create);
  const bold = faceOf(fonts.bold, 'createMeasurer: fonts.bold', boldTable, create);
  const widths: Readonly<Record<FontWeight, TextWidth>> = {
    regular: createTextWidth(regular, graphemes, regularLatin),
    bold: createTextWidth(bold, graphemes, boldLatin),
  };
  const unitsPerEm: Readonly<Record<FontWeight, number>> = {
    regular: regular.unitsPerEm,
    bold: bold.unitsPerEm,
  };
  const main: Record<FontWeight, ChainFace> = {
    regular: { family: fontFamily, weight: 'regular', face: regular, bytes: fonts.regular },
    bold: { family: fontFamily, weight: 'bold', face: bold, bytes: fonts.bold },
  };
  // Lines of plain ASCII words are drawn from the tables: no font parser for Latin text.
  const latinLines = {
    regular: latinLineShaper(main.regular, regularLatin, latinOutlines.regular),
    bold: latinLineShaper(main.bold, boldLatin, latinOutlines.bold),
  };
  // A lazy list is called once, the first time the chain or the family stack needs it (it
  // may look for font packages on disk): later renders with this measurer reuse it.
  const given = options.fallbackFonts ?? [];
  let fallbackList: readonly FallbackFont[] | undefined;
  const fallbacks = (): readonly FallbackFont[] =>
    (fallbackList ??= typeof given === 'function' ? given() : given);
  const chain = createFontChain(main, fallbacks, options.locale, create);
  const emoji = options.emoji;

  /**
   * Whether the main font alone sets `text` left to right: every character covered, no emoji
   * (checked per word, so Latin text takes the word cache as before the fallback chain).
   */
  const simpleWords = new Map<string, boolean>();
  const isSimple = (text: string, weight: FontWeight): boolean => {
    if (/^[\u0020-\u007e]*$/.test(text)) return true;
    const key = weight === 'bold' ? `b${text}` : `r${text}`;
    const cached = simpleWords.get(key);
    if (cached !== undefined) return cached;
    let simple =
      !/[\p{Emoji_Presentation}\p{Extended_Pictographic}\p{Regional_Indicator}]|\u20e3|\ufe0f/u.test(
        text,
      );
    if (simple) {
      for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (
          !main[weight].face.covers(codePoint) &&
          !/[\p{Cc}\p{Default_Ignorable_Code_Point}]/u.test(char)
        ) {
          simple = false;
          break;
        }
      }
    }
    if (simpleWords.size > 20_000) simpleWords.clear();
    simpleWords.set(key, simple);
    return simple;
  };

  const complexWidths = new Map<string, number>();
  const shape = (
    text: string,
    size: number,
    weight: FontWeight,
    paths: boolean,
    onItems?: (items: readonly Item[]) => void,
    direction?: 'ltr' | 'rtl',
  ): ShapedLine =>
    shapeLine(
      text,
      size,
      weight,
      chain,
      emoji,
      graphemes,
      direction === undefined ? { paths } : { paths, direction },
      onItems,
    );

  const pxWidth = (input: string, size: number, weight: FontWeight): number => {
    if (input === '') return 0;
    const text = input.normalize('NFC');
    if (isSimple(text, weight)) return (widths[weight](text) * size) / unitsPerEm[weight];
    const key = `${weight[0]}${text}`;
    let units = complexWidths.get(key);
    if (units === undefined) {
      // Widths scale with the size: shape at 1000 px once per text.
      units = shape(text, 1000, weight, false).width;
      if (complexWidths.size > 20_000) complexWidths.clear();
      complexWidths.set(key, units);
    }
    return (units * size) / 1000;
  };

  const metricsAt = (size: number, where: string): VerticalMetrics => {
    const scale = checkSize(size, where) / regular.unitsPerEm;
    const { ascent, descent, lineGap, capHeight, xHeight } = regular;
    return {
      ascent: ascent * scale,
      descent: descent * scale,
      lineGap: lineGap * scale,
      lineHeight: (ascent + descent + lineGap) * scale,
      capHeight: capHeight * scale,
      xHeight: xHeight * scale,
    };
  };

  const verticalMetrics = (size: number): VerticalMetrics => metricsAt(size, 'verticalMetrics');
  const lineHeight = (size: number): number => metricsAt(size, 'lineHeight').lineHeight;

  const measureText = (text: string, style: TextStyle): number => {
    checkText(text, 'measureText');
    return pxWidth(
      text,
      checkSize(style.size, 'measureText'),
      checkWeight(style.weight, 'measureText'),
    );
  };

  const wrapText = (input: string, wrap: WrapOptions): WrappedText => {
    checkText(input, 'wrapText');
    const size = checkSize(wrap.size, 'wrapText');
    const weight = checkWeight(wrap.weight, 'wrapText');
    const maxWidth = checkMaxWidth(wrap.maxWidth);
    const text = input.normalize('NFC');
    const width = (line: string): number => pxWidth(line, size, weight);
    const lines = wrapLines(text, maxWidth, width, graphemes);
    const rtl = paragraphDirection(text) === 'rtl';
    return {
      lines,
      width: lines.reduce((widest, line) => Math.max(widest, line.width), 0),
      height: lines.length * lineHeight(size),
      ...(rtl ? { direction: 'rtl' as const } : {}),
    };
  };

  const shapeText = (text: string, style: TextStyle, direction?: 'ltr' | 'rtl'): ShapedLine => {
    checkText(text, 'shapeLine');
    const size = checkSize(style.size, 'shapeLine');
    const weight = checkWeight(style.weight, 'shapeLine');
    const latin = direction === 'rtl' ? undefined : latinLines[weight]?.(text, size);
    return latin ?? shape(text, size, weight, true, undefined, direction);
  };

  const missingCharacters = (text: string): readonly string[] => {
    checkText(text, 'missingCharacters');
    const missing = new Set<string>();
    for (const line of text.split(/[\n\r\u2028\u2029]/)) {
      if (line === '' || isSimple(line.normalize('NFC'), 'regular')) continue;
      for (const char of shape(line, 16, 'regular', false).missing) missing.add(char);
    }
    return [...missing];
  };

  const fontsForText = (text: string, weight: FontWeight = 'regular'): readonly UsedFont[] => {
    const used = new Map<ChainFace, Set<string>>();
    const add = (face: ChainFace, chars: string) => {
      const set = used.get(face) ?? new Set<string>();
      for (const char of chars) set.add(char);
      used.set(face, set);
    };
    for (const line of text.normalize('NFC').split(/[\n\r\u2028\u2029]/)) {
      if (line === '') continue;
      if (isSimple(line, weight)) add(main[weight], line);
      else
        shape(line, 16, weight, false, (items) => {
          for (const item of items) {
            if (typeof item.face !== 'string') add(item.face, item.text);
          }
        });
    }
    return [...used].map(([face, chars]) => ({
      family: face.family,
      weight: face.weight,
      bytes: face.bytes,
      text: [...chars].sort().join(''),
    }));
  };

  let stack: string | undefined;
  const familyStack = (): string => {
    stack ??= [...new Set([fontFamily, ...fallbacks().map((font) => font.family)])]
      .map((family) => (/\s/.test(family) ? `'${family}'` : family))
      .join(', ');
    return stack;
  };

  return Object.freeze({
    measureText,
    lineHeight,
    verticalMetrics,
    wrapText,
    shapeLine: shapeText,
    missingCharacters,
    fontsForText,
    fontFamilyStack: familyStack,
  });
}
