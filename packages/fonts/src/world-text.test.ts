import { describe, expect, it } from 'vitest';
import { createMeasurer } from './node-measurer.js';
import type { ShapedLine } from './types.js';
import { fontFaceCss } from './web-fonts.js';

const measurer = createMeasurer();
const style = { size: 16 };
const shape = (text: string, direction?: 'ltr' | 'rtl'): ShapedLine =>
  measurer.shapeLine?.(text, style, direction) ?? expect.fail('no shapeLine');
const glyphRuns = (line: ShapedLine) => line.runs.filter((run) => run.kind === 'glyphs');
/** The runs' texts from left to right. */
const visual = (line: ShapedLine) => line.runs.map((run) => run.text.trim()).filter(Boolean);

describe('the fallback chain', () => {
  it.each([
    ['Arabic', 'مرحبا بالعالم', 'Noto Sans Arabic'],
    ['Hebrew', 'שלום עולם', 'Noto Sans Hebrew'],
    ['Devanagari', 'हिन्दी', 'Noto Sans Devanagari'],
    ['Thai', 'ภาษาไทย', 'Noto Sans Thai'],
    ['Chinese', '数据库', 'Noto Sans SC'],
    ['Korean', '한국어', 'Noto Sans KR'],
  ])('draws %s with a real font and misses nothing', (_, text, family) => {
    const line = shape(text);
    expect(line.missing).toEqual([]);
    expect(glyphRuns(line).map((run) => run.kind === 'glyphs' && run.family)).toContain(family);
    for (const run of glyphRuns(line)) {
      if (run.kind === 'glyphs') expect(run.glyphs.some((glyph) => glyph.path !== '')).toBe(true);
    }
  });

  it('keeps Latin, Greek, Cyrillic and Vietnamese in Inter, as one run', () => {
    const line = shape('Learn Ελληνικά и русский, Tiếng Việt');
    expect(line.runs.map((run) => run.kind === 'glyphs' && run.family)).toEqual(['Inter']);
    expect(line.width).toBe(measurer.measureText('Learn Ελληνικά и русский, Tiếng Việt', style));
  });

  it('picks the CJK glyph forms of the locale', () => {
    const family = (locale: string) => {
      const m = createMeasurer(undefined, { locale });
      const run = m.shapeLine?.('骨', style).runs[0];
      return run?.kind === 'glyphs' ? run.family : undefined;
    };
    expect(family('ja')).toBe('Noto Sans JP');
    expect(family('zh-Hant')).toBe('Noto Sans TC');
    expect(family('zh-CN')).toBe('Noto Sans SC');
    expect(family('ko')).toBe('Noto Sans KR');
  });

  it('reports characters no font has, and a text that has none', () => {
    expect(measurer.missingCharacters?.('Plan \u{10FFFD} now')).toEqual(['\u{10FFFD}']);
    expect(measurer.missingCharacters?.('学习 مرحبا 👩‍💻 Plan')).toEqual([]);
  });

  it('loads no fallback font for Latin text', () => {
    let loads = 0;
    const lazy = createMeasurer(undefined, {
      shippedFallbacks: false,
      fallbackFonts: [
        {
          family: 'Spy',
          weight: 'regular',
          load: () => {
            loads++;
            return new Uint8Array();
          },
        },
      ],
    });
    lazy.wrapText('Relational databases and ORMs', { size: 14, maxWidth: 80 });
    expect(loads).toBe(0);
    lazy.measureText('数', style);
    expect(loads).toBe(1);
  });
});

describe('shaping', () => {
  it('joins Arabic letters: a word is not its isolated letters', () => {
    const word = shape('بحث');
    const letters = ['ب', 'ح', 'ث'].map((letter) => shape(letter));
    const ids = (line: ShapedLine) =>
      line.runs.flatMap((run) => (run.kind === 'glyphs' ? run.glyphs.map((g) => g.path) : []));
    expect(ids(word).reverse()).not.toEqual(letters.flatMap(ids));
    expect(word.width).toBeLessThan(letters.reduce((sum, letter) => sum + letter.width, 0));
  });

  it('forms Devanagari conjuncts: क्ष is one glyph, not three', () => {
    const run = glyphRuns(shape('क्ष'))[0];
    expect(run?.kind === 'glyphs' && run.glyphs.length).toBe(1);
  });

  it('puts Thai marks on their letters, adding no advance', () => {
    expect(shape('กิ').width).toBe(shape('ก').width);
  });

  it('normalises decomposed Vietnamese to NFC', () => {
    expect(shape('Tie\u0302\u0301ng').text).toBe('Tiếng');
    expect(measurer.measureText('Tie\u0302\u0301ng', style)).toBe(
      measurer.measureText('Tiếng', style),
    );
  });

  it('draws an emoji sequence, a flag and a keycap as one picture each', () => {
    const line = shape('👩‍💻🇫🇷#️⃣👍🏽');
    expect(line.runs.map((run) => run.kind)).toEqual(['emoji', 'emoji', 'emoji', 'emoji']);
    expect(line.runs.every((run) => run.kind === 'emoji' && run.picture.includes('<path'))).toBe(
      true,
    );
    expect(line.missing).toEqual([]);
  });
});

describe('bidi', () => {
  it('orders an LTR line with an Arabic phrase and a number', () => {
    expect(visual(shape('Learn العربية 123 now'))).toEqual(['Learn', '123', 'العربية', 'now']);
  });

  it('finds an RTL paragraph and puts its Latin words in place', () => {
    const line = shape('لغة Go سهلة');
    expect(line.direction).toBe('rtl');
    expect(visual(line)).toEqual(['سهلة', 'Go', 'لغة']);
    expect(measurer.wrapText('لغة Go سهلة', { size: 16, maxWidth: 500 }).direction).toBe('rtl');
    expect(measurer.wrapText('Go لغة', { size: 16, maxWidth: 500 }).direction).toBeUndefined();
  });
});

describe('line breaking', () => {
  const lines = (text: string, maxWidth: number) =>
    measurer.wrapText(text, { size: 16, maxWidth }).lines.map((line) => line.text);

  it('breaks Thai between words, never inside one', () => {
    const wrapped = lines('ภาษาไทยเป็นภาษาที่สวยงาม', 60);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join('')).toBe('ภาษาไทยเป็นภาษาที่สวยงาม');
    const words = [
      ...new Intl.Segmenter('th', { granularity: 'word' }).segment('ภาษาไทยเป็นภาษาที่สวยงาม'),
    ].map((s) => s.segment);
    for (const line of wrapped) expect(words.some((word) => line.startsWith(word))).toBe(true);
    expect(wrapped.some((line) => line.endsWith('-'))).toBe(false);
  });

  it('keeps Korean words whole, breaking at spaces', () => {
    expect(lines('데이터베이스 설계 기초', 100)).toEqual(['데이터베이스', '설계 기초']);
  });

  it('starts no Chinese or Japanese line with closing punctuation', () => {
    // From three ideographs wide up (a narrower box may have to cut before a closing mark).
    for (const width of [50, 60, 70, 80, 90, 100, 120]) {
      const wrapped = lines('学习数据库。了解索引、事务（和锁）「重要」。', width);
      for (const line of wrapped.slice(1)) expect(line).not.toMatch(/^[。、）」，]/);
    }
  });
});

describe('fontFaceCss', () => {
  it('embeds a WOFF2 subset of each font the text uses, under the chain family names', async () => {
    const css = await fontFaceCss(
      [{ text: 'Learn 学习 مرحبا' }, { text: 'Bold', weight: 'bold' }],
      measurer,
    );
    const families = [...css.matchAll(/font-family: '([^']+)'; font-weight: (\d+)/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    expect(families).toEqual(
      expect.arrayContaining([
        'Inter 400',
        'Inter 700',
        'Noto Sans SC 400',
        'Noto Sans Arabic 400',
      ]),
    );
    for (const match of css.matchAll(/base64,([A-Za-z0-9+/=]+)/g)) {
      expect(
        Buffer.from(match[1] ?? '', 'base64')
          .subarray(0, 4)
          .toString('latin1'),
      ).toBe('wOF2');
    }
  });
});
