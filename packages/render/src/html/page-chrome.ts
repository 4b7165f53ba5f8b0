import { say } from '../client/words.js';
import { OWN_IDS } from '../svg/own-ids.js';
import type { PageWords } from './page-words.js';
import { text } from './text.js';

/**
 * The reader's controls around the picture: progress, search, zoom and the "More" menu
 * (theme, export, import, shortcuts), in the page's language. They only show when the
 * script runs.
 */
export function toolbar(title: string, total: number, words: PageWords, lang: string): string {
  const w = (key: Exclude<keyof PageWords, 'resourceTypes' | 'client'>) => text(words[key]);
  const progress = say(lang, words.client.progress, { done: 0, total });
  return `<header class="rk-bar">
<h1>${text(title)}</h1>
<div class="rk-meter rk-js"><progress id="rk-progress" max="${total}" value="0" aria-labelledby="rk-progress-text"></progress><span id="rk-progress-text">${text(progress)}</span></div>
<div class="rk-find rk-js" role="search"><input type="search" id="rk-search" aria-label="${w('search')}" placeholder="${w('searchPlaceholder')}" autocomplete="off" aria-describedby="rk-results-count" aria-controls="rk-results"><span id="rk-results-count" class="visually-hidden" aria-live="polite"></span><ul id="rk-results" aria-label="${w('searchResults')}" hidden></ul></div>
<div class="rk-tools rk-js" role="group" aria-label="${w('zoom')}"><button type="button" data-zoom="out" aria-label="${w('zoomOut')}" aria-keyshortcuts="-">−</button><button type="button" data-zoom="in" aria-label="${w('zoomIn')}" aria-keyshortcuts="+">+</button><button type="button" data-zoom="width">${w('fitWidth')}</button><button type="button" data-zoom="page">${w('fitPage')}</button></div>
<details class="rk-more rk-js"><summary>${w('more')}</summary><div>
<label>${w('theme')} <select id="rk-theme"><option value="system">${w('themeSystem')}</option><option value="light">${w('themeLight')}</option><option value="dark">${w('themeDark')}</option></select></label>
<button type="button" id="rk-export">${w('exportProgress')}</button>
<button type="button" id="rk-import">${w('importProgress')}</button><input type="file" id="rk-import-file" accept="application/json,.json" hidden>
<p>${w('keys')}</p>
</div></details>
</header>`;
}

/**
 * Holds the page's first paint until the picture's opening part is parsed and opened at its
 * view (the rest of the picture follows it): a browser may otherwise paint a half-read part,
 * or the whole picture late. It loads nothing; the oracle allows exactly this tag.
 */
export const PICTURE_FIRST = `<link rel="expect" href="#${OWN_IDS.rest}" blocking="render">`;

/**
 * The topic panel: a non-modal dialog named by its heading, filled by the script. The live
 * region carries the words the script writes (as escaped JSON data, never as script).
 */
export function topicPanel(words: PageWords): string {
  return `<aside id="rk-panel" class="rk-panel" role="dialog" aria-labelledby="rk-panel-title" hidden>
<button type="button" id="rk-close" class="rk-close" aria-label="${text(words.close)}" aria-keyshortcuts="Escape">✕</button>
<h2 id="rk-panel-title" tabindex="-1"></h2>
<div class="rk-marks" role="group" aria-label="${text(words.marks)}"><button type="button" data-mark="done" aria-pressed="false" aria-keyshortcuts="D">${text(words.done)}</button><button type="button" data-mark="learning" aria-pressed="false" aria-keyshortcuts="P">${text(words.learning)}</button><button type="button" data-mark="skipped" aria-pressed="false" aria-keyshortcuts="S">${text(words.skip)}</button><button type="button" data-mark="reset" aria-keyshortcuts="R">${text(words.reset)}</button></div>
<p id="rk-panel-status" class="rk-status"></p>
<div id="rk-panel-body"></div>
</aside>
<p id="rk-live" class="visually-hidden" aria-live="polite" data-words="${text(JSON.stringify(words.client))}"></p>`;
}
