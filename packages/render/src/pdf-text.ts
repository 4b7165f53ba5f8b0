import { type Measurer, type ShapedLine, subsetFontFile } from '@roadmapkit/fonts';
import { shapedLineMarkup } from './outline-text.js';
import { directionWeight, extractionOrder, pageReadsRtl } from './pdf-text-order.js';
import { lineLeft, plainText, replaceTextLines, type SvgTextLine } from './svg-text-lines.js';

/** A line drawn by pdfkit itself: its place and style, and its runs from the measurer. */
export interface PdfTextLine {
  readonly line: SvgTextLine;
  readonly shaped: ShapedLine;
}

/**
 * Replaces the lines that need the fallback chain by their glyph outlines and emoji pictures
 * (from the measurer's shaping, as PNG draws them), and returns them, to be set as invisible
 * text carrying their words by `drawWorldText`.
 */
export function splitWorldText(
  svg: string,
  measurer: Measurer,
): { svg: string; lines: PdfTextLine[]; rtlPage: boolean } {
  const lines: PdfTextLine[] = [];
  const shape = measurer.shapeLine;
  if (!shape) return { svg, lines, rtlPage: false };
  let weight = 0;
  const out = replaceTextLines(svg, (line) => {
    if (plainText.test(line.text)) {
      weight += directionWeight(line.text);
      return undefined;
    }
    const shaped = shape(line.text, { size: line.size, weight: line.weight }, line.direction);
    lines.push({ line, shaped });
    // Drawn as the measurer shaped it (glyph outlines, as in PNG): pdfkit's own layout of a
    // right-to-left run loses spaces and mirrors brackets the wrong way.
    return shapedLineMarkup(shaped, line);
  });
  const rtlPage = pageReadsRtl(
    weight,
    lines.map(({ shaped }) => shaped.text),
  );
  return { svg: out, lines, rtlPage };
}

type Doc = PDFKit.PDFDocument;

function allText(lines: readonly PdfTextLine[]): string {
  return [...new Set(lines.flatMap(({ shaped }) => [...shaped.text]))].sort().join('');
}

/**
 * Registers each font the lines use with pdfkit, which embeds the glyphs drawn with a
 * ToUnicode map. Returns the pdfkit font name of each font file.
 */
export async function drawWorldTextFonts(
  doc: Doc,
  lines: readonly PdfTextLine[],
): Promise<Map<Uint8Array, string>> {
  const names = new Map<Uint8Array, string>();
  // In the order first met, which is the document's order: the same bytes every run.
  for (const { shaped } of lines) {
    for (const run of shaped.runs) {
      if (run.kind !== 'glyphs' || names.has(run.font)) continue;
      // pdfkit reads TTF, OTF and WOFF and embeds only the glyphs drawn. WOFF2 it cannot
      // embed: hb-subset turns it into a TTF of the characters the lines use first.
      const name = `World${names.size}`;
      const woff2 = run.font[0] === 0x77 && run.font[3] === 0x32; // 'wOF2'
      const bytes = woff2 ? await subsetFontFile(run.font, allText(lines), 'sfnt') : run.font;
      doc.registerFont(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      names.set(run.font, name);
    }
  }
  return names;
}

/**
 * Sets each line's runs as invisible text (render mode 3) in their fonts over the outlines
 * drawn from the SVG, so the words can be searched, selected and copied. A joining font's
 * glyphs need not map back to letters (Noto Sans Arabic draws several letters from one
 * skeleton plus dots), and extractors put mixed-direction lines back together run by run
 * (mixing their order), so each line is one marked span whose ActualText is the line as an
 * extractor reads it back into logical order (`extractionOrder`) on a page whose main
 * direction is `rtlPage`, as pdftotext does.
 */
export function drawWorldText(
  doc: Doc,
  lines: readonly PdfTextLine[],
  names: ReadonlyMap<Uint8Array, string>,
  rtlPage: boolean,
): void {
  for (const { line, shaped } of lines) {
    const left = lineLeft(line, shaped.width);
    doc.markContent('Span', { actual: extractionOrder(shaped.text, rtlPage) } as never);
    doc.save();
    doc.addContent('3 Tr');
    for (const run of shaped.runs) {
      if (run.kind !== 'glyphs') continue;
      const name = names.get(run.font);
      if (!name || run.glyphs.length === 0) continue;
      doc
        .font(name)
        .fontSize(line.size)
        .text(run.text, left + run.x, line.y, { lineBreak: false, baseline: 'alphabetic' });
    }
    doc.restore();
    doc.endMarkedContent();
  }
}
