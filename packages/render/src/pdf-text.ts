import { type Measurer, type ShapedLine, subsetFontFile } from '@roadmapkit/fonts';
import { emojiMarkup } from './outline-text.js';
import { directionWeight, extractionOrder, pageReadsRtl } from './pdf-text-order.js';
import { lineLeft, plainText, replaceTextLines, type SvgTextLine } from './svg-text-lines.js';

/** A line drawn by pdfkit itself: its place and style, and its runs from the measurer. */
export interface PdfTextLine {
  readonly line: SvgTextLine;
  readonly shaped: ShapedLine;
}

/**
 * Takes the lines that need the fallback chain out of the SVG (their emoji pictures stay in
 * it, as nested SVG), to be set as real PDF text by `drawWorldText`.
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
    const left = lineLeft(line, shaped.width);
    return shaped.runs
      .map((run) =>
        run.kind === 'emoji' && run.picture !== ''
          ? emojiMarkup(run.picture, run.viewBox, left + run.x, run.width, line)
          : '',
      )
      .join('');
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
 * Sets each run as text in its font, at the place the measurer's shaping gave it. A joining
 * font's glyphs need not map back to letters (Noto Sans Arabic draws several letters from
 * one skeleton plus dots), and extractors put mixed-direction lines back together run by run
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
    for (const run of shaped.runs) {
      if (run.kind !== 'glyphs') continue;
      const name = names.get(run.font);
      if (!name || run.glyphs.length === 0) continue;
      doc
        .font(name)
        .fontSize(line.size)
        .fillColor(line.fill)
        .text(run.text, left + run.x, line.y, { lineBreak: false, baseline: 'alphabetic' });
    }
    doc.endMarkedContent();
  }
}
