import type { Mark } from './progress-store.js';
import type { Topic } from './topics.js';
import type { ClientWords } from './words.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export interface Panel {
  readonly current: Topic | undefined;
  open(topic: Topic, mark: Mark | undefined): void;
  close(): void;
  showMark(mark: Mark | undefined): void;
}

/**
 * The topic panel (a side panel; a bottom sheet on a narrow screen): a non-modal dialog named
 * after the topic, with the progress buttons, then the topic's own article content copied
 * from the page. Escape or Close gives focus back to where it came from.
 */
export function createPanel(words: ClientWords, onClose: (topic: Topic) => void): Panel {
  const panel = byId<HTMLElement>('rk-panel');
  const title = byId<HTMLElement>('rk-panel-title');
  const status = byId<HTMLElement>('rk-panel-status');
  const body = byId<HTMLElement>('rk-panel-body');
  const buttons = [...panel.querySelectorAll<HTMLButtonElement>('button[data-mark]')];
  let current: Topic | undefined;

  const showMark = (mark: Mark | undefined) => {
    for (const button of buttons)
      button.setAttribute('aria-pressed', String(button.dataset.mark === mark));
    status.textContent = words.status[mark ?? 'none'];
    panel.dataset.mark = mark ?? '';
  };
  const close = () => {
    if (!current) return;
    const topic = current;
    current = undefined;
    panel.hidden = true;
    document.documentElement.classList.remove('rk-panel-open');
    onClose(topic);
  };
  byId<HTMLButtonElement>('rk-close').addEventListener('click', close);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });

  return {
    get current() {
      return current;
    },
    open(topic, mark) {
      current = topic;
      title.textContent = topic.label;
      const content = topic.article.querySelector('.rk-article-body');
      body.replaceChildren(...(content ? [...content.cloneNode(true).childNodes] : []));
      showMark(mark);
      panel.hidden = false;
      document.documentElement.classList.add('rk-panel-open');
      body.scrollTop = 0;
      title.focus();
    },
    close,
    showMark,
  };
}
