import { heightUnderBar } from './opening-view.js';
import { createPanel } from './panel.js';
import { MARKS, type Mark, ProgressFileError, ProgressStore } from './progress-store.js';
import { readWords } from './read-words.js';
import { createSearch } from './search.js';
import { createSpineFocus } from './spine-focus.js';
import { boxesIn, readFacts } from './stage-facts.js';
import { readTopics, type Topic, topicFromHash } from './topics.js';
import { createViewer, type Viewer } from './viewer.js';
import { say } from './words.js';

/**
 * The reader page's script: pan and zoom, the topic panel, progress, search, keyboard and
 * themes. It is bundled from this source at build time and allowed by the page's CSP hash;
 * everything it knows about the roadmap it reads from the page's own (escaped) markup.
 */
function start(): void {
  const root = document.documentElement;
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const viewport = byId<HTMLElement>('rk-viewport');
  const stage = byId<HTMLElement>('rk-stage');
  // The opening script set the theme, opened the picture's first part and marked its boxes;
  // without a picture it left the page the plain document it is without script.
  if (!stage?.querySelector('svg') || !root.classList.contains('js')) return;
  // The content below the picture and the rest of the picture wait (display: none, page CSS)
  // until the first paint is shown: they are not on it (the opening part is), and styling and
  // laying them out first cost the paint time. Set up before anything that could fail, so
  // they show whatever happens next.
  painted().then(() => root.classList.add('rk-shown', 'rk-whole'));
  // The bar's height sizes the picture and places the panel below the bar (CSSOM, not
  // markup). The picture's box gets its height itself, not through an inherited custom
  // property, so a change restyles that box and not every element of the picture in it.
  const bar = document.querySelector<HTMLElement>('.rk-bar');
  const barUsers: HTMLElement[] = [];
  const measureBar = () => {
    const barPx = bar?.offsetHeight ?? 0;
    const picture = heightUnderBar(barPx);
    if (viewport.style.height !== picture) viewport.style.height = picture;
    for (const user of barUsers) user.style.setProperty('--bar', `${barPx}px`);
  };
  if (bar) new ResizeObserver(measureBar).observe(bar);
  const underBar = (user: HTMLElement) => {
    barUsers.push(user);
    measureBar();
  };

  // The script runs right after the rest of the picture: the rest's boxes get their marks
  // before the rest shows. Nothing here lays out the page: that waits for the first paint.
  const boxes = boxesIn(stage);
  const seen = new ProgressStore(root.dataset.roadmap ?? '', new Set(boxes.keys()));
  for (const [id, mark] of seen.marks) boxes.get(id)?.classList.add(`rk-${mark}`);

  // Once the page is read and its first paint is on screen: the rest then does not compete
  // with rasterising that frame.
  let read = false;
  const rest = () => {
    if (read) return;
    read = true;
    const viewer = createViewer(viewport, stage, readFacts(stage));
    readPage({ root, stage, viewport, viewer, underBar });
  };
  Promise.all([parsed(), painted()]).then(() => setTimeout(rest, 0));
}

/** Resolves when the whole page is parsed. */
function parsed(): Promise<void> {
  return new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve());
  });
}

/**
 * Resolves once the page's first paint is shown: its paint timing entry comes with the
 * frame's presentation. Without paint timing, after the next frame; a hidden page (no frames)
 * at once; and in any case within a second.
 */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000);
    if (document.visibilityState === 'hidden') resolve();
    else if (!PerformanceObserver.supportedEntryTypes?.includes('paint'))
      requestAnimationFrame(() => setTimeout(resolve, 0));
    else
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint', buffered: true });
  });
}

/** What the script set up before the first paint. */
interface Early {
  readonly root: HTMLElement;
  /** The picture's two parts (the opening part and the rest over it). */
  readonly stage: HTMLElement;
  readonly viewport: HTMLElement;
  readonly viewer: Viewer;
  /** Keeps an element's `--bar` (for its CSS) at the bar's height. */
  readonly underBar: (element: HTMLElement) => void;
}

/** The rest of the page (once it is read whole): progress, panel, keys, search, focus, hash. */
function readPage({ root, stage, viewport, viewer, underBar }: Early): void {
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  underBar(byId<HTMLElement>('rk-panel'));
  const said = readWords();
  const { lang, words } = said;
  const topics = readTopics();
  const store = new ProgressStore(root.dataset.roadmap ?? '', new Set(topics.map((t) => t.id)));
  const live = byId<HTMLElement>('rk-live');
  const progress = byId<HTMLProgressElement>('rk-progress');
  const progressText = byId<HTMLElement>('rk-progress-text');
  const showProgress = (text = true) => {
    const done = store.count('done');
    progress.max = topics.length;
    progress.value = done;
    // The page came with the line for none done (Intl's first use costs ~100 ms: not before
    // the first paint).
    if (text) progressText.textContent = say(lang, words.progress, { done, total: topics.length });
  };
  const paint = (topic: Topic) => {
    const mark = store.marks.get(topic.id);
    for (const m of MARKS) {
      topic.node?.classList.toggle(`rk-${m}`, mark === m);
      topic.article.classList.toggle(`rk-${m}`, mark === m);
    }
  };
  for (const topic of topics) paint(topic);
  showProgress(false);

  // The rest (panel, keys, search, focus order, hash) is wired once the picture is painted.
  const wire = () => {
    let opener: Element | null = null;

    const setHash = (hash: string) => {
      try {
        history.replaceState(null, '', hash || location.pathname + location.search);
      } catch {
        // A sandboxed frame may refuse: the panel still works without the hash.
      }
    };
    const panel = createPanel(words, (topic) => {
      setHash('');
      const back =
        opener instanceof HTMLElement || opener instanceof SVGElement ? opener : topic.node;
      if (back === topic.node && topic.node) spine.focus(topic);
      else (back as HTMLElement | SVGElement | undefined)?.focus();
    });
    const spine = createSpineFocus(stage, topics, (topic) => viewer.reveal(topic.node as Element));

    const open = (topic: Topic, from: Element | null = document.activeElement) => {
      opener = from;
      panel.open(topic, store.marks.get(topic.id));
      setHash(`#topic-${topic.id}`);
      if (topic.node) viewer.reveal(topic.node);
    };

    const mark = (topic: Topic, value: Mark | undefined) => {
      store.set(topic.id, value);
      paint(topic);
      if (panel.current === topic) panel.showMark(value);
      showProgress();
      live.textContent = say(lang, words.marked, {
        label: topic.label,
        status: words.status[value ?? 'none'],
        progress: progressText.textContent ?? '',
      });
    };
    if (store.count('done') > 0) showProgress();

    // Boxes: a click or Enter opens the panel (a drag that ends on a box does not).
    let down: { x: number; y: number } | undefined;
    viewport.addEventListener('pointerdown', (e) => {
      down = { x: e.clientX, y: e.clientY };
    });
    for (const topic of topics) {
      topic.node?.addEventListener('click', (event) => {
        const e = event as MouseEvent;
        event.preventDefault();
        if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 6) return;
        spine.focus(topic);
        open(topic, topic.node ?? null);
      });
      topic.node?.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
          event.preventDefault();
          open(topic, topic.node ?? null);
        }
      });
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>(
      '#rk-panel button[data-mark]',
    )) {
      button.addEventListener('click', () => {
        const value = button.dataset.mark;
        if (panel.current)
          mark(panel.current, MARKS.includes(value as Mark) ? (value as Mark) : undefined);
      });
    }

    // Shortcuts: d done, p in progress, s skip, r reset (on the open or focused topic);
    // / search; + and - zoom; Shift+arrows pan.
    const KEYS: Record<string, Mark | 'reset'> = {
      d: 'done',
      p: 'learning',
      s: 'skipped',
      r: 'reset',
    };
    document.addEventListener('keydown', (e) => {
      const target = e.target as HTMLElement;
      if (e.ctrlKey || e.metaKey || e.altKey || target.closest('input, select, textarea')) return;
      const onBox = topics.find((t) => (t.node as Element | undefined) === target);
      const topic = onBox ?? (target.closest('#rk-panel') ? panel.current : undefined);
      const key = e.key.toLowerCase();
      if (topic && KEYS[key] && !e.shiftKey) {
        const value = KEYS[key];
        mark(topic, value === 'reset' ? undefined : value);
      } else if (e.key === '/') byId<HTMLInputElement>('rk-search').focus();
      else if (e.key === '+' || e.key === '=') viewer.zoomIn();
      else if (e.key === '-') viewer.zoomOut();
      else if (e.shiftKey && e.key.startsWith('Arrow')) {
        const dir: Record<string, [number, number]> = {
          ArrowLeft: [-1, 0],
          ArrowRight: [1, 0],
          ArrowUp: [0, -1],
          ArrowDown: [0, 1],
        };
        const [dx, dy] = dir[e.key] ?? [0, 0];
        viewer.panBy(dx, dy);
      } else return;
      e.preventDefault();
    });

    const zoom: Record<string, () => void> = {
      in: viewer.zoomIn,
      out: viewer.zoomOut,
      width: viewer.fitWidth,
      page: viewer.fitPage,
    };
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-zoom]'))
      button.addEventListener('click', () => zoom[button.dataset.zoom ?? '']?.());

    createSearch(topics, (topic) => open(topic), said);

    // Export and import of the marks as a small JSON file; nothing leaves the browser.
    byId<HTMLButtonElement>('rk-export').addEventListener('click', () => {
      const blob = new Blob([`${JSON.stringify(store.toFile(), null, 2)}\n`], {
        type: 'application/json',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${store.roadmap || 'roadmap'}-progress.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    });
    const file = byId<HTMLInputElement>('rk-import-file');
    byId<HTMLButtonElement>('rk-import').addEventListener('click', () => file.click());
    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (!chosen) return;
      try {
        const read = store.import(await chosen.text());
        for (const topic of topics) paint(topic);
        showProgress();
        if (panel.current) panel.showMark(store.marks.get(panel.current.id));
        live.textContent = say(lang, words.imported, {
          count: read,
          progress: progressText.textContent ?? '',
        });
      } catch (error) {
        // Not JSON, or JSON of something else: not a progress file.
        const roadmap = error instanceof ProgressFileError ? error.roadmap : undefined;
        const reason =
          roadmap === undefined
            ? words.notProgressFile
            : say(lang, words.otherRoadmap, { roadmap });
        live.textContent = say(lang, words.importFailed, { reason });
      }
    });

    const fromHash = () => {
      const topic = topicFromHash(topics, location.hash);
      if (topic && panel.current !== topic) {
        open(topic, topic.node ?? null);
        window.scrollTo(0, 0);
      }
    };
    window.addEventListener('hashchange', fromHash);
    fromHash();
    root.classList.add('rk-ready');
    // Intl's first use (numbers, plurals) loads its data: when idle, not on the first mark.
    if ('requestIdleCallback' in window) requestIdleCallback(() => say(lang, '{n}', { n: 0 }));
  };
  // After the next frame; a hidden page (no frames) is wired by the timer.
  let wired = false;
  const wireOnce = () => {
    if (!wired) {
      wired = true;
      wire();
    }
  };
  requestAnimationFrame(() => setTimeout(wireOnce, 0));
  setTimeout(wireOnce, 500);
}

start();
