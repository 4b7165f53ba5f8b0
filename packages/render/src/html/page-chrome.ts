import { text } from './text.js';

/**
 * The reader's controls around the picture: progress, search, zoom and the "More" menu
 * (theme, export, import, shortcuts). They only show when the script runs.
 */
export function toolbar(title: string, total: number): string {
  return `<header class="rk-bar">
<h1>${text(title)}</h1>
<div class="rk-meter rk-js"><progress id="rk-progress" max="${total}" value="0" aria-labelledby="rk-progress-text"></progress><span id="rk-progress-text">0 of ${total} done</span></div>
<div class="rk-find rk-js" role="search"><input type="search" id="rk-search" aria-label="Search topics" placeholder="Search topics ( / )" autocomplete="off" aria-describedby="rk-results-count" aria-controls="rk-results"><span id="rk-results-count" class="visually-hidden" aria-live="polite"></span><ul id="rk-results" aria-label="Matching topics" hidden></ul></div>
<div class="rk-tools rk-js" role="group" aria-label="Zoom"><button type="button" data-zoom="out" aria-label="Zoom out" aria-keyshortcuts="-">−</button><button type="button" data-zoom="in" aria-label="Zoom in" aria-keyshortcuts="+">+</button><button type="button" data-zoom="width">Fit width</button><button type="button" data-zoom="page">Fit page</button></div>
<details class="rk-more rk-js"><summary>More</summary><div>
<label>Theme <select id="rk-theme"><option value="system">System</option><option value="light">Light</option><option value="dark">Dark</option></select></label>
<button type="button" id="rk-export">Export progress</button>
<button type="button" id="rk-import">Import progress</button><input type="file" id="rk-import-file" accept="application/json,.json" hidden>
<p>Keys: Tab into the picture, Up and Down move along the spine, Left and Right to the side boxes, Enter opens a topic, D done, P in progress, S skip, R reset, / search, + and − zoom, Shift+arrows pan, Esc closes. Progress stays in this browser.</p>
</div></details>
</header>`;
}

/** The topic panel: a non-modal dialog named by its heading, filled by the script. */
export function topicPanel(): string {
  return `<aside id="rk-panel" class="rk-panel" role="dialog" aria-labelledby="rk-panel-title" hidden>
<button type="button" id="rk-close" class="rk-close" aria-label="Close" aria-keyshortcuts="Escape">✕</button>
<h2 id="rk-panel-title" tabindex="-1"></h2>
<div class="rk-marks" role="group" aria-label="Progress"><button type="button" data-mark="done" aria-pressed="false" aria-keyshortcuts="D">Done</button><button type="button" data-mark="learning" aria-pressed="false" aria-keyshortcuts="P">In progress</button><button type="button" data-mark="skipped" aria-pressed="false" aria-keyshortcuts="S">Skip</button><button type="button" data-mark="reset" aria-keyshortcuts="R">Reset</button></div>
<p id="rk-panel-status" class="rk-status"></p>
<div id="rk-panel-body"></div>
</aside>
<p id="rk-live" class="visually-hidden" aria-live="polite"></p>`;
}
