import { parseFontFace } from './font-face.js';
import { createTextWidth, type TextWidth } from './text-width.js';
import type {
  FontSources,
  FontWeight,
  Measurer,
  TextStyle,
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

/**
 * Creates a measurer from font bytes (TTF or OTF), with no file system and no DOM, so it runs
 * in Node and in a browser bundle alike. Both fonts are parsed now; word widths are cached in
 * the measurer as they are measured.
 */
export function createMeasurer(fonts: FontSources): Measurer {
  if (typeof fonts !== 'object' || fonts === null) {
    throw new TypeError('createMeasurer: expected { regular, bold } font bytes');
  }
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const regular = parseFontFace(fonts.regular, 'createMeasurer: fonts.regular');
  const bold = parseFontFace(fonts.bold, 'createMeasurer: fonts.bold');
  const widths: Readonly<Record<FontWeight, TextWidth>> = {
    regular: createTextWidth(regular, graphemes),
    bold: createTextWidth(bold, graphemes),
  };
  const unitsPerEm: Readonly<Record<FontWeight, number>> = {
    regular: regular.unitsPerEm,
    bold: bold.unitsPerEm,
  };

  const pxWidth = (text: string, size: number, weight: FontWeight): number =>
    text === '' ? 0 : (widths[weight](text) * size) / unitsPerEm[weight];

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

  const wrapText = (text: string, options: WrapOptions): WrappedText => {
    checkText(text, 'wrapText');
    const size = checkSize(options.size, 'wrapText');
    const weight = checkWeight(options.weight, 'wrapText');
    const maxWidth = checkMaxWidth(options.maxWidth);
    const width = (line: string): number => pxWidth(line, size, weight);
    const lines = wrapLines(text, maxWidth, width, graphemes);
    return {
      lines,
      width: lines.reduce((widest, line) => Math.max(widest, line.width), 0),
      height: lines.length * lineHeight(size),
    };
  };

  return Object.freeze({ measureText, lineHeight, verticalMetrics, wrapText });
}
