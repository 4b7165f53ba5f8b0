import { fontFiles, type Measurer } from '@roadmapkit/fonts';
import { cleanText } from '@roadmapkit/schema';
import { defaultMeasurer } from './default-measurer.js';
import { pdfModules } from './node-deps.js';
import { hasWorldText } from './outline-text.js';
import { withSafeLinks } from './pdf-links.js';
import { drawWorldText, drawWorldTextFonts, type PdfTextLine, splitWorldText } from './pdf-text.js';
import { checkPdfBudget, DEFAULT_MAX_PIXELS, svgSize } from './pixel-budget.js';

export interface PdfOptions {
  /** The page size in PDF points; default: the SVG's own width and height. */
  readonly width?: number;
  readonly height?: number;
  /** The document title in the PDF's metadata. */
  readonly title?: string;
  /** Compress the page content (default true). */
  readonly compress?: boolean;
  /**
   * The measurer the layout used: text Inter alone cannot draw is set with its fallback
   * fonts (embedded as subsets, so it stays searchable) and emoji pictures. Default: one
   * `createMeasurer()` shared by the calls given none, made only when the SVG has such text.
   */
  readonly measurer?: Measurer;
  /** The largest page drawn, in square points (default {@link DEFAULT_MAX_PIXELS}). */
  readonly maxPixels?: number;
}

/**
 * A one-page vector PDF of the SVG, sized to the picture: text stays text (selectable,
 * in the embedded Inter font), links stay clickable. The bytes are the same on every run.
 * Throws a `PixelBudgetError` when the page is over `maxPixels`.
 */
export async function renderPdf(svg: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const size = svgSize(svg);
  checkPdfBudget(size, options);
  const width = options.width ?? size.width;
  const height = options.height ?? size.height;
  const { PDFDocument, SVGtoPDF } = pdfModules();
  const fixedDate = new Date(Date.UTC(2000, 0, 1));
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: true,
    compress: options.compress ?? true,
    info: {
      Title: cleanText(options.title ?? ''),
      Creator: 'roadmapkit',
      Producer: 'roadmapkit',
      CreationDate: fixedDate,
      ModDate: fixedDate,
    },
  });
  const files = fontFiles();
  doc.registerFont('Inter', files.regular);
  doc.registerFont('Inter-Bold', files.bold);
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  let picture = withSafeLinks(svg);
  let world: readonly PdfTextLine[] = [];
  let rtlPage = false;
  if (hasWorldText(picture)) {
    const split = splitWorldText(picture, options.measurer ?? defaultMeasurer());
    picture = split.svg;
    world = split.lines;
    rtlPage = split.rtlPage;
  }
  const fonts = await drawWorldTextFonts(doc, world);
  SVGtoPDF(doc, picture, 0, 0, {
    width,
    height,
    assumePt: true,
    // Never open files or URLs named by the SVG, never print.
    imageCallback: () => '',
    warningCallback: () => {},
    fontCallback: (_family: string, bold: boolean) => (bold ? 'Inter-Bold' : 'Inter'),
  });
  drawWorldText(doc, world, fonts, rtlPage);
  doc.end();
  return done;
}
