import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf.js';

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

  it('gives the same bytes on every run', async () => {
    expect(await renderPdf(SVG)).toEqual(await renderPdf(SVG));
  });
});
