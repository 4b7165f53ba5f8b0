import type { RESOURCE_TYPES } from '@roadmapkit/schema';
import type { ClientWords } from '../client/words.js';
import { ar } from './words/ar.js';
import { de } from './words/de.js';
import { en } from './words/en.js';
import { es } from './words/es.js';
import { fr } from './words/fr.js';
import { hi } from './words/hi.js';
import { ja } from './words/ja.js';
import { ko } from './words/ko.js';
import { pt } from './words/pt.js';
import { ru } from './words/ru.js';
import { zh, zhHant } from './words/zh.js';

/**
 * The reader page's own words around the picture: its buttons, labels, placeholders and
 * help, and (in `client`) those its script writes. `{name}` marks a slot.
 */
export interface PageWords {
  readonly skipLink: string;
  readonly about: string;
  /** The picture's accessible name, with the roadmap's `{title}`. */
  readonly picture: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly searchResults: string;
  readonly zoom: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fitWidth: string;
  readonly fitPage: string;
  readonly more: string;
  readonly theme: string;
  readonly themeSystem: string;
  readonly themeLight: string;
  readonly themeDark: string;
  readonly exportProgress: string;
  readonly importProgress: string;
  readonly keys: string;
  readonly close: string;
  /** The name of the group of progress buttons. */
  readonly marks: string;
  readonly done: string;
  readonly learning: string;
  readonly skip: string;
  readonly reset: string;
  readonly resourceTypes: Readonly<Record<(typeof RESOURCE_TYPES)[number], string>>;
  /** The link to a topic's page, with its `{label}`. */
  readonly visit: string;
  readonly subtopics: string;
  readonly noDescription: string;
  readonly client: ClientWords;
}

const WORDS: Readonly<Record<string, PageWords>> = { ar, de, en, es, fr, hi, ja, ko, pt, ru, zh };

/**
 * The page's words for a language tag (its primary subtag; Traditional Chinese for zh-Hant,
 * zh-TW, zh-HK and zh-MO), English when the language is not shipped.
 */
export function pageWords(lang: string | undefined): PageWords {
  const tag = (lang ?? 'en').toLowerCase();
  const primary = tag.split('-')[0] ?? 'en';
  if (primary === 'zh' && /^zh-(hant|tw|hk|mo)\b/.test(tag)) return zhHant;
  return WORDS[primary] ?? en;
}

/** The languages the page's own words are written in. */
export const PAGE_LANGUAGES: readonly string[] = [...Object.keys(WORDS), 'zh-Hant'];
