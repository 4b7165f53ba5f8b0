import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFrom, example } from '../../test/sample.js';
import { pageText, pictureFontFamily, uniqueGraphemes } from './page-fonts.js';
import { renderHtml } from './render-html.js';

const doc = documentFrom(`schemaVersion: 1
id: zh
locale: zh
title: 前端路线
description: "从**基础**开始 &amp; 继续"
topics:
  - id: a
    label: 基础
    content:
      description: 结构与语义
      resources: [{ type: article, title: 深入阅读, url: "https://example.com" }]
faq:
  - { question: 多久？, answer: 三个月 }
`);

describe('pageText', () => {
  it('holds the text of the page around the picture: fixed words, topics, resources, FAQ', () => {
    const text = pageText(doc);
    for (const words of [
      '前端路线',
      '常见问题',
      '主题',
      '结构与语义',
      '深入阅读',
      '多久？',
      '三个月',
    ])
      expect(text).toContain(words);
    expect(text).toContain('开始 & 继续');
    // The page's own words in its language, the placeholder, and what the script writes.
    for (const words of ['适应页面', '搜索主题（/）', '没有匹配的主题', '已导入', '9,876,543,210'])
      expect(text).toContain(words);
    expect(text).not.toContain('Search topics');
    expect(text).not.toMatch(/[<>]|function|--fg/);
  });
});

it('holds the digits the page writes numbers with: Arabic-Indic ones on an Egyptian Arabic page', () => {
  const text = pageText({ ...doc, locale: 'ar-EG' });
  expect(text).toContain('٩٬٨٧٦٬٥٤٣٬٢١٠');
  expect(text).toContain('تم إنجاز');
});

describe('pictureFontFamily', () => {
  it('is the root font-family of the picture, without names unsafe in a stylesheet', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" font-family="Inter, &apos;My Font&apos;, &apos;x&lt;/style&gt;&apos;, &apos;a;b{}&apos;, sans-serif"><text>x</text></svg>`;
    expect(pictureFontFamily(svg)).toBe("Inter, 'My Font', sans-serif");
    expect(pictureFontFamily('<svg><text font-family="Inter">x</text></svg>')).toBeUndefined();
  });

  it('sets the page body in the picture font stack when the picture embeds no fonts', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" font-family="Inter, &apos;Noto Sans SC&apos;, sans-serif"></svg>`;
    expect(renderHtml(doc, { svg })).toContain(
      "body,#rk-stage svg{font-family:Inter, 'Noto Sans SC', sans-serif}",
    );
  });

  it('sets page and picture in one short list of the embedded fonts when it embeds them', () => {
    const face = (family: string) =>
      `@font-face { font-family: &apos;${family}&apos;; src: url(data:font/woff2;base64,AA) }`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" font-family="Inter, &apos;Noto Sans SC&apos;, &apos;PingFang SC&apos;, sans-serif"><style>${face('Inter')}${face('Noto Sans SC')}</style></svg>`;
    const html = renderHtml(doc, { svg });
    expect(html).toContain('body,#rk-stage svg{font-family:"Inter","Noto Sans SC",sans-serif}');
    expect(html.match(/font-family:[^;}]*/g)?.filter((f) => f.includes('PingFang'))).toEqual([]);
  });
});

describe('uniqueGraphemes', () => {
  it('keeps each grapheme once, emoji sequences and combining marks whole', () => {
    expect(uniqueGraphemes('abca 👩‍💻 e\u0301 👩‍💻 e\u0301 a')).toBe('abc 👩‍💻e\u0301');
  });

  /** The graphemes as the segmenter gives them for the whole text, each once. */
  const segmented = (text: string) => {
    const seen = new Set<string>();
    for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text))
      seen.add(segment);
    return [...seen].join('');
  };

  it('gives what segmenting the whole text gives, where plain letters meet what joins them', () => {
    // Each piece is a place where a grapheme does not end between two characters (or may not).
    const pieces = [
      'a',
      'Z',
      ' ',
      '-',
      '(',
      '1',
      'é',
      'ß',
      'Ж',
      'λ',
      '学',
      '𠀋',
      'の',
      'カ',
      'ب',
      'ש',
      '，',
      '！',
      '—',
      '\u0301',
      '\u0308',
      '\u200d',
      '\u200c',
      '\ufe0f',
      '\u20e3',
      '👩',
      '💻',
      '👍🏽',
      '🏽',
      '🇫',
      '🇷',
      '\u1100',
      '\u1161',
      '\u11a8',
      '각',
      'ำ',
      'ก',
      'क',
      '\u094d',
      'ष',
      '\u0600',
      '\u06dd',
      '\u0d4e',
      '\r',
      '\n',
      '\t',
      '\u00ad',
      '\u00a9',
      '\u3099',
      '\u302e',
      '\uff9e',
      '\u{e0067}',
      '\u{16ff0}',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(uniqueGraphemes(text)).toBe(segmented(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what segmenting the whole text gives on every example page', () => {
    for (const name of ['backend', 'chinese', 'arabic', 'minimal']) {
      const text = pageText(example(name));
      expect(uniqueGraphemes(text)).toBe(segmented(text));
    }
  });
});
