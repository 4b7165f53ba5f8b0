import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { createMeasurerWith } from './create-measurer.js';
import { emojiWidthEm, wideWidthEm } from './fallback-width.js';
import { loadFontData } from './font-files.js';
import { createMeasurer } from './measurer.js';

const fonts = loadFontData();
const measurer = createMeasurer(fonts);
const regular = { size: 16 } as const;
const bold = { size: 16, weight: 'bold' } as const;

describe('measureText', () => {
  it('gives 0 for the empty string, at any size and weight', () => {
    expect(measurer.measureText('', regular)).toBe(0);
    expect(measurer.measureText('', { size: 72, weight: 'bold' })).toBe(0);
  });

  it('grows as text is added', () => {
    const texts = ['R', 'Ro', 'Roa', 'Road', 'Roadm', 'Roadma', 'Roadmap', 'Roadmap kit'];
    const widths = texts.map((text) => measurer.measureText(text, regular));
    for (let i = 1; i < widths.length; i++) {
      expect(widths[i]).toBeGreaterThan(widths[i - 1] ?? Number.POSITIVE_INFINITY);
    }
  });

  it('scales linearly with the font size', () => {
    const at10 = measurer.measureText('Backend roadmap', { size: 10 });
    expect(measurer.measureText('Backend roadmap', { size: 20 })).toBeCloseTo(at10 * 2, 10);
  });

  it('measures bold wider than regular for the same text', () => {
    for (const text of ['Hello world', 'APIs', 'm', 'Databases and caching']) {
      expect(measurer.measureText(text, bold)).toBeGreaterThan(measurer.measureText(text, regular));
    }
  });

  it('applies kerning: "AV" and "To" are narrower than their letters apart', () => {
    const apart = (a: string, b: string) =>
      measurer.measureText(a, regular) + measurer.measureText(b, regular);
    expect(measurer.measureText('AV', regular)).toBeLessThan(apart('A', 'V'));
    expect(measurer.measureText('To', regular)).toBeLessThan(apart('T', 'o'));
    // A pair without kerning adds up exactly.
    expect(measurer.measureText('HH', regular)).toBe(apart('H', 'H'));
  });

  it('adds no width for combining marks, on covered and uncovered bases', () => {
    for (const base of ['a', 'e', 'i', 'W', 'ж', '日', 'ب', '😀']) {
      const alone = measurer.measureText(base, regular);
      for (const marks of [
        '\u0301',
        '\u0308',
        '\u0323\u0302',
        '\u0489',
        '\u0300\u0301\u0302',
        '\u1dc4',
        '\u20d7',
        '\ufe20',
      ]) {
        expect(measurer.measureText(base + marks, regular), `${base}+${marks}`).toBe(alone);
      }
    }
  });

  it('measures a decomposed accent like the precomposed letter', () => {
    expect(measurer.measureText('Cafe\u0301', regular)).toBe(measurer.measureText('Café', regular));
  });

  it('gives emoji and CJK positive widths from the documented approximations', () => {
    const em = regular.size;
    expect(measurer.measureText('😀', regular)).toBe(emojiWidthEm * em);
    expect(measurer.measureText('👩‍👩‍👧', regular)).toBe(emojiWidthEm * em); // one ZWJ sequence
    expect(measurer.measureText('🇫🇷', regular)).toBe(emojiWidthEm * em); // one flag
    expect(measurer.measureText('👍🏽', regular)).toBe(emojiWidthEm * em); // with a skin tone
    expect(measurer.measureText('日本語', regular)).toBe(3 * wideWidthEm * em);
    expect(measurer.measureText('한국어', bold)).toBe(3 * wideWidthEm * em);
    expect(measurer.measureText('ｆｕｌｌ', regular)).toBe(4 * wideWidthEm * em);
  });

  it('is deterministic across calls and measurers', () => {
    const other = createMeasurer(loadFontData());
    for (const text of ['日本語のテキスト 😀 mixed', 'Ünïcödé ﬁne', 'x\u200by', '🇫🇷 et 🇩🇪']) {
      const first = measurer.measureText(text, regular);
      expect(Number.isFinite(first)).toBe(true);
      expect(first).toBeGreaterThan(0);
      expect(measurer.measureText(text, regular)).toBe(first);
      expect(other.measureText(text, regular)).toBe(first);
    }
  });

  it('gives invisible characters no width', () => {
    const xy = measurer.measureText('xy', regular);
    expect(measurer.measureText('x\u200by', regular)).toBe(xy); // zero width space
    expect(measurer.measureText('x\u00ady', regular)).toBe(xy); // soft hyphen
    expect(measurer.measureText('x\u0007y', regular)).toBe(xy); // a control character
    expect(measurer.measureText('x\ufe0fy', regular)).toBe(xy); // VS16 after a letter
  });

  it('names the option and the received value when an option is wrong', () => {
    expect(() => measurer.measureText('a', { size: 0 })).toThrow(
      'measureText: size must be a finite number greater than 0, received 0',
    );
    expect(() => measurer.measureText('a', { size: Number.NaN })).toThrow(RangeError);
    // @ts-expect-error: a weight this package does not ship
    expect(() => measurer.measureText('a', { size: 12, weight: 'light' })).toThrow(
      "measureText: weight must be 'regular' or 'bold', received light",
    );
  });
});

describe('lineHeight and verticalMetrics', () => {
  it("use the font's own line spacing, scaled with the size", () => {
    const metrics = measurer.verticalMetrics(20);
    expect(metrics.lineHeight).toBeCloseTo(metrics.ascent + metrics.descent + metrics.lineGap, 10);
    expect(measurer.lineHeight(20)).toBe(metrics.lineHeight);
    expect(measurer.lineHeight(40)).toBeCloseTo(2 * measurer.lineHeight(20), 10);
    // Inter: ascender 1984, descender 494, no line gap, 2048 units per em.
    expect(measurer.lineHeight(2048)).toBe(1984 + 494);
    expect(metrics.capHeight).toBeLessThan(metrics.ascent);
    expect(metrics.xHeight).toBeLessThan(metrics.capHeight);
  });

  it('reject a size that is not a positive finite number', () => {
    expect(() => measurer.lineHeight(-2)).toThrow(
      'lineHeight: size must be a finite number greater than 0, received -2',
    );
    expect(() => measurer.verticalMetrics(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('createMeasurer', () => {
  it('rejects bytes that are not a font, naming which', () => {
    const notFont = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => createMeasurer({ regular: fonts.regular, bold: notFont })).toThrow(
      /createMeasurer: fonts\.bold: the bytes are not a font/,
    );
    expect(() => createMeasurer({ regular: new Uint8Array(0), bold: fonts.bold })).toThrow(
      /fonts\.regular: expected the bytes of a TTF or OTF file/,
    );
  });

  it('returns a frozen object and leaves the caller’s options as they were', () => {
    expect(Object.isFrozen(measurer)).toBe(true);
    const options: { size: number; maxWidth: number; weight?: 'bold' } = { size: 14, maxWidth: 50 };
    measurer.wrapText('options stay as they were', options);
    measurer.measureText('options stay as they were', options);
    expect(options).toStrictEqual({ size: 14, maxWidth: 50 });
  });

  it('asks a lazy fallback list once, for the font chain and the family stack alike', () => {
    let asked = 0;
    const lazy = createMeasurer(fonts, {
      fallbackFonts: () => {
        asked++;
        return [{ family: 'Test Fallback', weight: 'regular', load: () => fonts.regular }];
      },
    });
    expect(asked).toBe(0);
    const stack = lazy.fontFamilyStack?.();
    expect(stack).toBe("Inter, 'Test Fallback'");
    expect(lazy.fontFamilyStack?.()).toBe(stack);
    // A character the main font lacks goes down the chain, which takes the same list.
    expect(lazy.missingCharacters?.('مرحبا')).toContain('م');
    expect(lazy.fontFamilyStack?.()).toBe(stack);
    expect(asked).toBe(1);
  });

  it('reads the shipped fonts with fontkit only when a text needs shaping', () => {
    let loads = 0;
    const lazy = createMeasurerWith(
      () => {
        loads++;
        return create;
      },
      fonts,
      { fallbackFonts: [] },
    );
    // Plain Latin text (an `x` among lowercase letters too) is measured from the table.
    const latin = 'The index of a Backend roadmap with caching queues and proxies';
    const wrap = { size: 15, maxWidth: 120, weight: 'bold' } as const;
    expect(lazy.wrapText(latin, wrap)).toEqual(measurer.wrapText(latin, wrap));
    expect(lazy.measureText(latin, regular)).toBe(measurer.measureText(latin, regular));
    expect(lazy.verticalMetrics(16)).toEqual(measurer.verticalMetrics(16));
    expect(lazy.fontsForText?.(latin)).toEqual(measurer.fontsForText?.(latin));
    expect(loads).toBe(0);
    // A word the table cannot tell (a digit next to x) is shaped: fontkit is read then.
    expect(lazy.measureText('2x4 café', regular)).toBe(measurer.measureText('2x4 café', regular));
    expect(loads).toBeGreaterThan(0);
  });
});
