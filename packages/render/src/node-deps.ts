/// <reference path="./svg-to-pdfkit.d.ts" />
import { createRequire } from 'node:module';

// The PNG and PDF stacks are loaded the first time a PNG or a PDF is asked for, by `require`
// (they are CommonJS: `require` loads them faster than `import()`), so drawing an SVG or a
// page never pays for them.
const load = createRequire(import.meta.url);

type ResvgModule = typeof import('@resvg/resvg-js');
type PdfKit = typeof import('pdfkit');
type SvgToPdf = typeof import('svg-to-pdfkit').default;

/** `@resvg/resvg-js`, loaded on first use. */
export function resvgModule(): ResvgModule {
  return load('@resvg/resvg-js') as ResvgModule;
}

/** pdfkit's document class and svg-to-pdfkit, loaded on first use. */
export function pdfModules(): { PDFDocument: PdfKit; SVGtoPDF: SvgToPdf } {
  return {
    PDFDocument: load('pdfkit') as PdfKit,
    SVGtoPDF: load('svg-to-pdfkit') as SvgToPdf,
  };
}
