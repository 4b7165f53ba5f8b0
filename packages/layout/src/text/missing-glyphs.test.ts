import { createMeasurer } from '@roadmapkit/fonts';
import { parseRoadmap } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { measureText } from './measure-text.js';
import { missingGlyphWarnings } from './missing-glyphs.js';
import { placeText } from './place-text.js';

const measurer = createMeasurer();

describe('missingGlyphWarnings', () => {
  it('names the node and the characters no font has, and what to install', () => {
    const doc = parseRoadmap(
      [
        'schemaVersion: 1',
        'id: glyphs',
        'title: Fonts',
        'topics:',
        '  - { id: ok, label: "学习 مرحبا Learn" }',
        '  - { id: odd, label: "Plan \u{10FFFD}" }',
      ].join('\n'),
    ).value;
    if (!doc) throw new Error('invalid test document');
    const warnings = missingGlyphWarnings(doc, measurer);
    expect(warnings).toEqual([
      {
        code: 'missing-glyph',
        id: 'odd',
        message:
          '"odd" has characters no font can draw: \u{10FFFD} (U+10FFFD); add a font that has them (--font FILE, or the fontFiles option of createMeasurer)',
      },
    ]);
  });

  it('names @roadmapkit/fonts-cjk when the CJK fonts are not installed', () => {
    const bare = createMeasurer(undefined, { shippedFallbacks: false, emoji: false });
    const doc = parseRoadmap(
      'schemaVersion: 1\nid: cjk\ntitle: 学习\ntopics:\n  - { id: a, label: A }',
    ).value;
    if (!doc) throw new Error('invalid test document');
    expect(missingGlyphWarnings(doc, bare)[0]?.message).toContain('install @roadmapkit/fonts-cjk');
  });
});

describe('right-to-left rows', () => {
  it('start at the right end of a start-aligned box', () => {
    const font = { size: 14, weight: 'regular' as const };
    const text = measureText(measurer, [{ text: 'ننصح به أولاً', font }], 300, 0);
    const box = { x: 10, y: 0, width: 300, height: 40 };
    const line = placeText(box, text, 'start')[0]?.lines[0];
    expect(text.rows[0]?.direction).toBe('rtl');
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeCloseTo(310, 6);
    const ltr = placeText(box, measureText(measurer, [{ text: 'Learn', font }], 300, 0), 'start');
    expect(ltr[0]?.lines[0]?.x).toBe(10);
  });
});
