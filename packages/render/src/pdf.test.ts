import { describe, expect, it } from 'vitest';
import { layout } from '../test/pipeline.js';
import { example } from '../test/sample.js';
import { renderPdf } from './pdf.js';
import { PixelBudgetError } from './pixel-budget.js';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100">
<a href="https://example.com/docs"><rect x="10" y="10" width="200" height="40" fill="#fdff00"/>
<text x="20" y="38" font-family="Inter" font-size="20" fill="#000">Backend</text></a></svg>`;

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('renderPdf', () => {
  it('makes one page the size of the picture', async () => {
    const pdf = text(await renderPdf(SVG));
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox \[0 0 300 100\]/);
  });

  it('keeps text as text in the embedded font, and the link clickable', async () => {
    const pdf = text(await renderPdf(SVG, { compress: false }));
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter/);
    expect(pdf).toMatch(/\/FontFile2/);
    expect(pdf).toMatch(/\] TJ|\) Tj|> Tj/);
    expect(pdf).toContain('/URI (https://example.com/docs)');
  });

  it('draws the backend example, fitted dashes included (no zero-length dash)', async () => {
    const doc = example('backend');
    const { renderSvg } = await import('./render-svg.js');
    const svg = renderSvg(await layout(doc), { roadmap: doc });
    const pdf = text(await renderPdf(svg));
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('gives the same bytes on every run', async () => {
    expect(await renderPdf(SVG)).toEqual(await renderPdf(SVG));
  });

  it('writes only cleaned, allowed link targets as /URI, whatever SVG it is given', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100">
<a href="java&#0;script:alert(1)"><rect width="10" height="10"/></a>
<a xlink:href='javascript:alert(2)' xmlns:xlink="http://www.w3.org/1999/xlink"><rect width="10" height="10"/></a>
<a href="//evil.example/x"><rect width="10" height="10"/></a>
<a href=" https://example.com/a&amp;b&#x9;"><rect width="10" height="10"/></a></svg>`;
    const uris = [
      ...text(await renderPdf(svg, { compress: false })).matchAll(/\/URI \(([^)]*)\)/g),
    ];
    expect(uris.map((m) => m[1])).toEqual(['https://example.com/a&b']);
  });

  it('a lone surrogate or control character in the title never breaks the PDF', async () => {
    const pdf = text(await renderPdf(SVG, { title: 'Back\ud800end\u0000', compress: false }));
    expect(pdf).toContain('(Backend)');
  });

  it('refuses a page over the pixel budget', async () => {
    const big = '<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="9000"></svg>';
    await expect(renderPdf(big)).rejects.toThrow(PixelBudgetError);
    await expect(renderPdf(big)).rejects.toThrow(
      'the canvas would be 10000 × 9000 px (90 megapixels)',
    );
  });
});
