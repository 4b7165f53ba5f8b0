import type { Topic } from './topics.js';
import { type ClientWords, say } from './words.js';

/**
 * The "Search topics" box: typing dims the boxes that do not match and lists the matches
 * (as buttons); Enter opens the first match.
 */
export function createSearch(
  topics: readonly Topic[],
  open: (topic: Topic) => void,
  { lang, words }: { readonly lang: string; readonly words: ClientWords },
): void {
  const input = document.getElementById('rk-search') as HTMLInputElement;
  const results = document.getElementById('rk-results') as HTMLElement;
  const count = document.getElementById('rk-results-count') as HTMLElement;
  const texts = new Map(
    topics.map((topic) => [
      topic,
      `${topic.label} ${topic.article.querySelector('.rk-article-body')?.textContent ?? ''}`.toLowerCase(),
    ]),
  );
  let matches: Topic[] = [];
  const update = () => {
    const query = input.value.trim().toLowerCase();
    // On the stage: it dims the boxes of both parts of the picture.
    const stage = document.getElementById('rk-stage');
    // Topics whose label matches come first, then those whose text mentions the words.
    const hits = query === '' ? [] : topics.filter((topic) => texts.get(topic)?.includes(query));
    const inLabel = (topic: Topic) => topic.label.toLowerCase().includes(query);
    matches = [...hits.filter(inLabel), ...hits.filter((topic) => !inLabel(topic))];
    stage?.classList.toggle('rk-searching', query !== '');
    for (const topic of topics) topic.node?.classList.toggle('rk-match', matches.includes(topic));
    results.replaceChildren(
      ...matches.slice(0, 30).map((topic) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = topic.label;
        button.addEventListener('click', () => open(topic));
        item.append(button);
        return item;
      }),
    );
    results.hidden = matches.length === 0;
    count.textContent =
      query === ''
        ? ''
        : matches.length === 0
          ? words.noMatch
          : say(lang, words.matches, { count: matches.length });
  };
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches[0]) {
      event.preventDefault();
      open(matches[0]);
    } else if (event.key === 'Escape') {
      input.value = '';
      update();
    }
  });
}
