import type { RoadmapDocument } from '@roadmapkit/schema';
import { assertSafe } from '../assert-safe.js';
import { markdownToHtml } from '../markdown/markdown-html.js';
import { markdownToText } from '../markdown/markdown-to-text.js';
import { localeAttributes, uiMessages } from '../ui-messages.js';
import { asciiMarkup } from './ascii-markup.js';
import { checkSafePage } from './check-safe-page.js';
import { CLIENT_SCRIPT, EARLY_SCRIPT, OPENING_SCRIPT } from './client-script.js';
import { contentSecurityPolicy, styleTexts } from './csp.js';
import { faqJsonLd, faqSection } from './faq.js';
import { legendSection } from './legend-section.js';
import { PICTURE_FIRST, toolbar, topicPanel } from './page-chrome.js';
import { PAGE_CSS } from './page-css.js';
import { pictureFontFamily } from './page-fonts.js';
import { pageWords } from './page-words.js';
import { embeddedFontList, liftFontFaces } from './picture-fonts.js';
import { pictureThemeCss } from './picture-theme.js';
import { splitPicture } from './split-picture.js';
import { linkOr, text } from './text.js';
import { topicArticles, topicCount } from './topic-articles.js';

export interface HtmlOptions {
  /**
   * The roadmap picture to show (from renderSvg, best with `theme: 'auto'` and fonts embedded
   * with `embeddedFontCss(positioned, { measurer, page: doc })`, which also covers the page's
   * own text: the page draws its text with the picture's font stack).
   */
  readonly svg: string;
  /** The page language (default: the document's `locale`, else en). */
  readonly lang?: string;
}

/**
 * The reader page: one self-contained HTML file (no requests; works from file://, a static
 * host or an iframe). The picture pans and zooms; a box opens a panel with the topic's
 * description and resources; progress marks stay in the browser; search dims the rest.
 * Without script it is a plain accessible document: the picture, then every topic, the
 * legend and the FAQ. The only script is our fixed bundle, allowed with our styles by a
 * Content-Security-Policy hash; every user string is escaped text.
 */
export function renderHtml(doc: RoadmapDocument, options: HtmlOptions): string {
  // The picture's fonts go to the head, where the early script starts decoding them.
  const lifted = liftFontFaces(options.svg.replace(/^<\?xml[^>]*>\s*/, ''));
  const { css: fontFaces } = lifted;
  const { svg } = lifted;
  // The page's own text and the picture draw with one font list: the fonts embedded for the
  // picture (cut to the page's text too), else the picture's own list of system fonts.
  const family = embeddedFontList(fontFaces) || pictureFontFamily(svg);
  const css = [
    PAGE_CSS,
    pictureThemeCss(),
    fontFaces,
    family ? `body,#rk-stage svg{font-family:${family}}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const csp = contentSecurityPolicy(
    [EARLY_SCRIPT, OPENING_SCRIPT, CLIENT_SCRIPT],
    [css, ...styleTexts(svg)],
  );
  // The first paint draws the picture's opening part (the top, as far as common screens
  // open on), the rest comes over it after: the build knows the facts the view opens on.
  const split = splitPicture(svg);
  const { rest, facts } = split;
  const figure = oneFigure(split.opening, split.split);
  const { first } = facts;
  const picture = [
    facts.width,
    facts.height,
    facts.labelPx,
    ...(first ? [first.x, first.y, first.w, first.h] : []),
  ];
  const total = topicCount(doc);
  const lang = options.lang ?? doc.locale ?? 'en';
  // The language's words; `uiMessages` puts the document's own `messages` over them, page words too.
  const words = { ...pageWords(lang), ...uiMessages({ ...doc, locale: lang }) };
  const parts = [
    '<!doctype html>',
    `<html lang="${text(lang)}"${localeAttributes(lang).dir ? ' dir="rtl"' : ''} data-roadmap="${text(doc.id)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    PICTURE_FIRST,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(doc.title)}</title>`,
    doc.description
      ? `<meta name="description" content="${text(markdownToText(doc.description))}">`
      : '',
    `<style>${css}</style>`,
    `<script>${EARLY_SCRIPT}</script>`,
    faqJsonLd(doc.faq ?? []),
    '</head>',
    '<body>',
    `<a class="rk-skip" href="#rk-content">${text(words.skipLink)}</a>`,
    toolbar(doc.title, total, words, lang),
    // The first paint (PICTURE_FIRST holds it until the rest's start) shows the opening part,
    // opened at its view by the small script after it; the reader's script follows the rest.
    `<div id="rk-viewport" class="rk-viewport" role="region" aria-label="${text(words.picture.replace('{title}', () => doc.title))}"><div id="rk-stage"${figure.stage} data-picture="${picture.join(' ')}">${figure.opening}<script>${OPENING_SCRIPT}</script>${rest}</div></div>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    topicPanel(words),
    '<main id="rk-content" tabindex="-1">',
    doc.description || doc.callouts?.length
      ? `<section aria-labelledby="about-heading"><h2 id="about-heading">${text(words.about)}</h2>${
          doc.description
            ? markdownToHtml(doc.description, { headingOffset: 2, idPrefix: 'about-' })
            : ''
        }${(doc.callouts ?? [])
          .map((c) => `<p>${text(c.text)}: ${linkOr(c.linkLabel ?? c.url, c.url)}</p>`)
          .join('')}</section>`
      : '',
    legendSection(doc, words.legend),
    `<section aria-labelledby="topics-heading"><h2 id="topics-heading">${text(words.topics)}</h2>\n${topicArticles(doc, words)}\n</section>`,
    faqSection(doc.faq ?? [], words.faq),
    '</main>',
    '</body>',
    '</html>',
  ];
  return assertSafe(
    asciiMarkup(`${parts.filter((part) => part !== '').join('\n')}\n`),
    checkSafePage,
  );
}

/**
 * One picture for assistive technology: the stage around both parts takes the picture's role
 * and name (`role="img"`, labelled by its title and description), and the parts are only its
 * layout (`role="none"`), so every box of both parts is a link or button in that one picture,
 * focusable and named, in drawing order.
 */
function oneFigure(opening: string, split: boolean): { stage: string; opening: string } {
  const start = /^<svg\b[^>]*>/.exec(opening)?.[0] ?? '';
  const taken = [...start.matchAll(/\s(role|aria-labelledby|aria-label)="[^"]*"/g)];
  if (!split || !taken.some((m) => m[1] === 'role')) return { stage: '', opening };
  const own = taken
    .reduce((tag, m) => tag.replace(m[0], ''), start)
    .replace(/^<svg\b/, '<svg role="none"');
  return { stage: taken.map((m) => m[0]).join(''), opening: own + opening.slice(start.length) };
}
