import { createMeasurer } from '@roadmapkit/fonts';
import { layoutRoadmap } from '@roadmapkit/layout';
import { describe, expect, it, vi } from 'vitest';
import { documentFrom } from '../test/sample.js';
import { renderPdf } from './pdf.js';
import { renderPng } from './png.js';
import { embeddedFontCss, renderSvg } from './render-svg.js';

vi.mock('@roadmapkit/fonts', async (importOriginal) => {
  const fonts = await importOriginal<typeof import('@roadmapkit/fonts')>();
  return { ...fonts, createMeasurer: vi.fn(fonts.createMeasurer) };
});

describe('the default measurer', () => {
  it('is made once for every call given no measurer (PNG, PDF, embedded fonts)', async () => {
    const doc = documentFrom(`schemaVersion: 1
id: d
title: Default 学习
topics: [{ id: a, label: مرحبا 🚀 }, { id: b, label: Plain }]
`);
    const positioned = await layoutRoadmap(doc, { measurer: createMeasurer() });
    const svg = renderSvg(positioned, { roadmap: doc });
    const made = vi.mocked(createMeasurer).mock.calls.length;
    const first = renderPng(svg);
    expect(renderPng(svg)).toEqual(first);
    const pdf = await renderPdf(svg);
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(await embeddedFontCss(positioned)).toContain("font-family: 'Noto Sans Arabic'");
    expect(vi.mocked(createMeasurer).mock.calls.length - made).toBe(1);
  });
});
