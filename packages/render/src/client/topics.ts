/** One topic or subtopic of the page: its box in the picture and its article below it. */
export interface Topic {
  readonly id: string;
  readonly label: string;
  /** The box in the picture (an `<a>` or a `<g>`), when the picture draws it. */
  readonly node: SVGElement | undefined;
  readonly article: HTMLElement;
}

/** The topics in reading order (spine topic, its subtopics, the next topic …), from the page. */
export function readTopics(): Topic[] {
  return [...document.querySelectorAll<HTMLElement>('article[data-topic]')].map((article) => {
    const id = article.dataset.topic ?? '';
    const node = document.getElementById(`rk-${id}`);
    return {
      id,
      label: article.querySelector('.rk-label')?.textContent ?? id,
      node: node instanceof SVGElement ? node : undefined,
      article,
    };
  });
}

/** The topic a URL hash names (`#topic-<id>`). */
export function topicFromHash(topics: readonly Topic[], hash: string): Topic | undefined {
  let id = hash.replace(/^#topic-/, '');
  if (id === hash) return undefined;
  try {
    id = decodeURIComponent(id);
  } catch {
    return undefined;
  }
  return topics.find((topic) => topic.id === id);
}
