import type { RoadmapDocument } from '@roadmapkit/schema';

/** The fixed words roadmapkit writes itself, in the picture and on the page. */
export interface UiMessages {
  readonly legend: string;
  readonly topics: string;
  readonly faq: string;
  readonly resources: string;
  readonly contents: string;
  readonly roadmap: string;
}

/** The fixed words in each language we ship (primary language subtag). */
export const UI_MESSAGES: Readonly<Record<string, UiMessages>> = {
  en: {
    legend: 'Legend',
    topics: 'Topics',
    faq: 'Frequently asked questions',
    resources: 'Resources',
    contents: 'Contents',
    roadmap: 'Roadmap',
  },
  es: {
    legend: 'Leyenda',
    topics: 'Temas',
    faq: 'Preguntas frecuentes',
    resources: 'Recursos',
    contents: 'Contenido',
    roadmap: 'Hoja de ruta',
  },
  pt: {
    legend: 'Legenda',
    topics: 'Tópicos',
    faq: 'Perguntas frequentes',
    resources: 'Recursos',
    contents: 'Conteúdo',
    roadmap: 'Roteiro',
  },
  fr: {
    legend: 'Légende',
    topics: 'Sujets',
    faq: 'Questions fréquentes',
    resources: 'Ressources',
    contents: 'Sommaire',
    roadmap: 'Feuille de route',
  },
  de: {
    legend: 'Legende',
    topics: 'Themen',
    faq: 'Häufige Fragen',
    resources: 'Ressourcen',
    contents: 'Inhalt',
    roadmap: 'Lernpfad',
  },
  ru: {
    legend: 'Обозначения',
    topics: 'Темы',
    faq: 'Частые вопросы',
    resources: 'Материалы',
    contents: 'Содержание',
    roadmap: 'Дорожная карта',
  },
  zh: {
    legend: '图例',
    topics: '主题',
    faq: '常见问题',
    resources: '学习资源',
    contents: '目录',
    roadmap: '学习路线',
  },
  ja: {
    legend: '凡例',
    topics: 'トピック',
    faq: 'よくある質問',
    resources: '参考資料',
    contents: '目次',
    roadmap: 'ロードマップ',
  },
  ko: {
    legend: '범례',
    topics: '주제',
    faq: '자주 묻는 질문',
    resources: '자료',
    contents: '목차',
    roadmap: '로드맵',
  },
  ar: {
    legend: 'مفتاح الرموز',
    topics: 'المواضيع',
    faq: 'الأسئلة الشائعة',
    resources: 'المصادر',
    contents: 'المحتويات',
    roadmap: 'خريطة التعلم',
  },
  hi: {
    legend: 'संकेत',
    topics: 'विषय',
    faq: 'अक्सर पूछे जाने वाले प्रश्न',
    resources: 'संसाधन',
    contents: 'सूची',
    roadmap: 'रोडमैप',
  },
};

/** Traditional Chinese forms of the Chinese words. */
const zhHant: UiMessages = {
  legend: '圖例',
  topics: '主題',
  faq: '常見問題',
  resources: '學習資源',
  contents: '目錄',
  roadmap: '學習路線',
};

/**
 * The fixed words for a document: its `messages` over those of its `locale` (primary
 * subtag; Traditional Chinese for zh-Hant, zh-TW, zh-HK), English when the language is not
 * shipped. The document's reader-page words in `messages` come along too, for `renderHtml`
 * to put over the page's own.
 */
export function uiMessages(
  doc: Pick<RoadmapDocument, 'locale' | 'messages'> | undefined,
): UiMessages {
  const locale = (doc?.locale ?? 'en').toLowerCase();
  const primary = locale.split('-')[0] ?? 'en';
  const base =
    primary === 'zh' && /^zh-(hant|tw|hk|mo)/.test(locale)
      ? zhHant
      : (UI_MESSAGES[primary] ?? (UI_MESSAGES.en as UiMessages));
  return { ...base, ...(doc?.messages ?? {}) };
}

/** Right-to-left languages: Arabic, Hebrew, Persian, Urdu and a few more. */
const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The `lang` and `dir` of a document's locale (`dir` only when right-to-left). */
export function localeAttributes(locale: string | undefined): { lang?: string; dir?: 'rtl' } {
  if (locale === undefined) return {};
  const primary = locale.toLowerCase().split('-')[0] ?? '';
  return { lang: locale, ...(rtlLanguages.has(primary) ? { dir: 'rtl' as const } : {}) };
}
