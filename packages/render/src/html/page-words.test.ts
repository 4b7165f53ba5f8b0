import { PAGE_WORD_KEYS } from '@roadmapkit/schema';
import { describe, expect, it } from 'vitest';
import { documentFrom } from '../../test/sample.js';
import { type PluralForms, say } from '../client/words.js';
import { UI_MESSAGES } from '../ui-messages.js';
import { asciiMarkup } from './ascii-markup.js';
import { PAGE_LANGUAGES, type PageWords, pageWords } from './page-words.js';
import { renderHtml } from './render-html.js';

/** Every message of a language's words, with its path, as [path, message]. */
function messages(value: unknown, path = ''): [string, string | PluralForms][] {
  if (typeof value === 'string') return [[path, value]];
  const entries = Object.entries(value as object);
  if (entries.every(([key]) => key === 'other' || /^(zero|one|two|few|many)$/.test(key)))
    return [[path, value as PluralForms]];
  return entries.flatMap(([key, item]) => messages(item, path ? `${path}.${key}` : key));
}

const english = new Map(messages(pageWords('en')));

describe('pageWords', () => {
  it('ships every language the fixed section words ship, and Traditional Chinese', () => {
    expect([...PAGE_LANGUAGES].sort()).toEqual([...Object.keys(UI_MESSAGES), 'zh-Hant'].sort());
  });

  it('picks by primary subtag, Traditional Chinese for zh-TW and zh-Hant, else English', () => {
    expect(pageWords('ar').done).toBe('تم');
    expect(pageWords('zh-Hans-CN').search).toBe('搜索主题');
    expect(pageWords('zh-TW').search).toBe('搜尋主題');
    expect(pageWords('zh-Hant').search).toBe('搜尋主題');
    expect(pageWords('pt-BR').close).toBe('Fechar');
    expect(pageWords('tlh').close).toBe('Close');
    expect(pageWords(undefined).close).toBe('Close');
  });

  describe.each(PAGE_LANGUAGES)('%s', (lang) => {
    const words: PageWords = pageWords(lang);
    const own = messages(words);

    it('has a form for every plural category of the language', () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [path, message] of own) {
        if (typeof message === 'string') continue;
        for (const category of categories)
          expect(message[category], `${path}.${category}`).toBeTypeOf('string');
      }
    });

    it('keeps the slots of the English message in each message', () => {
      for (const [path, message] of own) {
        const slots = (text: string | PluralForms | undefined) =>
          new Set(
            (typeof text === 'string' ? [text] : Object.values(text ?? {})).flatMap((t) =>
              [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
            ),
          );
        const want = slots(english.get(path));
        if (typeof message === 'string') expect(slots(message), path).toEqual(want);
        else
          for (const [category, form] of Object.entries(message)) {
            // A form for one exact number ("one topic", "two topics") may spell it out.
            const got = slots(form);
            if (category === 'other' || got.has('count')) expect(got, path).toEqual(want);
            else
              expect(
                [...got].every((slot) => want.has(slot)),
                path,
              ).toBe(true);
          }
      }
    });

    it('is translated: the buttons are not the English ones', () => {
      if (lang === 'en') return;
      expect(words.done).not.toBe('Done');
      expect(words.search).not.toBe('Search topics');
      expect(words.client.progress).not.toBe(pageWords('en').client.progress);
    });
  });
});

describe('say', () => {
  it('fills slots, writes numbers the language’s way and picks the plural form', () => {
    const words = pageWords('ru').client;
    expect(say('ru', words.progress, { done: 1234, total: 5000 })).toBe(
      'Изучено 1\u00a0234 из 5\u00a0000',
    );
    expect(say('ru', words.matches, { count: 1 })).toBe('Найдена 1 тема');
    expect(say('ru', words.matches, { count: 3 })).toBe('Найдено 3 темы');
    expect(say('ru', words.matches, { count: 11 })).toBe('Найдено 11 тем');
    expect(say('ru', words.matches, { count: 21 })).toBe('Найдена 21 тема');
    expect(say('ar', pageWords('ar').client.matches, { count: 2 })).toBe('موضوعان مطابقان');
    expect(say('ar-EG', pageWords('ar').client.progress, { done: 12, total: 211 })).toBe(
      'تم إنجاز ١٢ من ٢١١',
    );
    expect(say('en', pageWords('en').client.matches, { count: 1 })).toBe('1 topic matches');
    expect(say('en', pageWords('en').client.matches, { count: 2 })).toBe('2 topics match');
  });

  it('writes a slot value as it is (no $-patterns), leaves unknown slots, survives a bad tag', () => {
    expect(say('en', 'Visit {label} {x}', { label: '$& $1' })).toBe('Visit $& $1 {x}');
    expect(say('not a tag!', '{n} of {m}', { n: 1200, m: 3 })).toBe('1,200 of 3');
  });
});

describe('the document’s own page words', () => {
  it('names only words the page has, each a plain string in English', () => {
    for (const key of PAGE_WORD_KEYS) expect(english.get(key), key).toBeTypeOf('string');
  });

  it('puts `messages` over the language’s words on the page', () => {
    const doc = documentFrom(`schemaVersion: 1
id: own-words
title: Wege
locale: zh
messages: { done: Gelernt, searchPlaceholder: Thema finden, fitWidth: Volle Breite, legend: Zeichen }
topics: [{ id: t, label: T }]
legend: [{ id: l, label: L, color: purple }]
`);
    const page = renderHtml(doc, { svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' });
    expect(page).toContain('placeholder="Thema finden"');
    expect(page).toMatch(/data-mark="done"[^>]*>Gelernt</);
    expect(page).toContain('>Volle Breite<');
    expect(page).toContain('>Zeichen<');
    // Words the document does not set stay the locale's (written in ASCII, as references).
    expect(page).toContain(`>${asciiMarkup(pageWords('zh').fitPage)}<`);
    expect(asciiMarkup(pageWords('zh').done)).toMatch(/^(&#x[0-9a-f]+;)+$/);
    expect(page).not.toContain(`>${asciiMarkup(pageWords('zh').done)}<`);
  });
});
