import type { Topic } from './topics.js';

/**
 * One tab stop into the picture: the boxes (then the picture's other links) form a roving
 * tab index, and the arrow keys move along the spine in reading order (Down/Right: next,
 * Up/Left: previous, Home/End).
 */
export function createSpineFocus(
  svg: SVGSVGElement,
  topics: readonly Topic[],
  onMove: (topic: Pick<Topic, 'node'>) => void,
): { focus(topic: Topic): void } {
  // The picture's other links (call-outs, buttons) come after the topics in the same stop.
  const others = [...svg.querySelectorAll<SVGElement>('a')]
    .filter((link) => !topics.some((topic) => topic.node === link))
    .map((node) => ({ node }));
  const drawn: Pick<Topic, 'node'>[] = [
    ...topics.filter((topic) => topic.node !== undefined),
    ...others,
  ];
  let index = 0;
  for (const [i, topic] of drawn.entries()) {
    topic.node?.setAttribute('tabindex', i === 0 ? '0' : '-1');
    if (topic.node?.tagName.toLowerCase() === 'g') topic.node.setAttribute('role', 'button');
    topic.node?.addEventListener('focus', () => select(i));
  }
  const select = (i: number) => {
    drawn[index]?.node?.setAttribute('tabindex', '-1');
    index = i;
    drawn[index]?.node?.setAttribute('tabindex', '0');
  };
  const focusAt = (i: number) => {
    const topic = drawn[Math.max(0, Math.min(drawn.length - 1, i))];
    if (!topic?.node) return;
    select(drawn.indexOf(topic));
    topic.node.focus();
    onMove(topic);
  };
  for (const topic of drawn) {
    topic.node?.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const step: Record<string, number> = {
        ArrowDown: 1,
        ArrowRight: 1,
        ArrowUp: -1,
        ArrowLeft: -1,
      };
      if (e.key in step) focusAt(index + (step[e.key] ?? 0));
      else if (e.key === 'Home') focusAt(0);
      else if (e.key === 'End') focusAt(drawn.length - 1);
      else return;
      e.preventDefault();
    });
  }
  return {
    focus(topic) {
      const i = drawn.indexOf(topic);
      if (i >= 0) focusAt(i);
    },
  };
}
