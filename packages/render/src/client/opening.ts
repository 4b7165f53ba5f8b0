import { heightUnderBar, openingView, viewTransform } from './opening-view.js';
import { ProgressStore } from './progress-store.js';
import { boxesIn, readFacts } from './stage-facts.js';
import { initTheme } from './theme.js';

/**
 * The script right after the picture's opening part, before the page's first paint: it sets
 * the theme, opens that part at its view and marks its boxes. It reads the picture's size
 * and the view's facts from the stage (written by the build), so it neither styles nor lays
 * out the picture; the reader's script (after the rest of the picture) does everything else.
 */
function open(): void {
  const root = document.documentElement;
  const viewport = document.getElementById('rk-viewport');
  const stage = document.getElementById('rk-stage');
  const svg = stage?.querySelector('svg');
  if (!viewport || !stage || !svg) {
    // Nothing to pan: the page stays the plain document it is without script.
    root.classList.remove('js');
    return;
  }
  root.classList.add('js');
  initTheme();
  const bar = document.querySelector<HTMLElement>('.rk-bar');
  viewport.style.height = heightUnderBar(bar?.offsetHeight ?? 0);
  stage.style.transform = viewTransform(openingView(readFacts(stage), viewport.clientWidth));
  const boxes = boxesIn(svg);
  const seen = new ProgressStore(root.dataset.roadmap ?? '', new Set(boxes.keys()));
  for (const [id, mark] of seen.marks) boxes.get(id)?.classList.add(`rk-${mark}`);
}

open();
