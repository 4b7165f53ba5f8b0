import type { ChainFace } from './font-chain.js';
import type { LatinOutlines } from './latin-outlines.js';
import type { LatinTable } from './latin-table.js';
import type { PlacedGlyph, ShapedLine } from './types.js';

/** Shapes a left-to-right line of plain ASCII from the tables, or undefined when it cannot. */
export type LatinLine = (text: string, size: number) => ShapedLine | undefined;

/**
 * Shapes lines of one shipped weight without the font parser: when every word of a line is
 * one the width table measures (so layout measured it without shaping), each glyph is put at
 * the sum of the advances and kerning before it, exactly as measuring adds them (the drawn
 * line is as wide as the measured one), and drawn with its precomputed outline. Undefined
 * when the tables were not made from this weight's bytes.
 */
export function latinLineShaper(
  main: ChainFace,
  table: LatinTable | undefined,
  outlines: LatinOutlines,
): LatinLine | undefined {
  if (table === undefined || table.fingerprint !== outlines.fingerprint) return undefined;
  // Split on the first line drawn: measuring alone never needs the outlines.
  let paths: readonly string[] | undefined;
  return (text, size) => {
    if (text === '' || !/^[\u0020-\u007e]+$/.test(text)) return undefined;
    paths ??= outlines.paths.split('|');
    for (const word of text.split(' '))
      if (word !== '' && table.lineWord(word) === undefined) return;
    const scale = size / main.face.unitsPerEm;
    const glyphs: PlacedGlyph[] = [];
    let pen = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // As the shaper places them: y is the negated offset (0), at the run's own start.
      glyphs.push({ x: pen * scale, y: -0, path: paths[code - 0x20] ?? '' });
      pen += table.advance(code);
      const next = text.charCodeAt(i + 1);
      // Kerning inside a word only: measuring adds words and spaces.
      if (code !== 0x20 && next > 0x20) pen += table.kerning(text.slice(i, i + 2));
    }
    const width = pen * scale;
    return {
      text,
      width,
      direction: 'ltr',
      runs: [
        {
          kind: 'glyphs',
          text,
          x: 0,
          width,
          direction: 'ltr',
          family: main.family,
          weight: main.weight,
          font: main.bytes,
          scale,
          glyphs,
        },
      ],
      missing: [],
    };
  };
}
