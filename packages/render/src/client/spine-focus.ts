import type { Topic } from './topics.js';

/**
 * One tab stop into the picture: the boxes (then the picture's other links) form a roving
 * tab index. Down and Up move along the spine in reading order (each topic, then its
 * subtopics), Left and Right to the nearest box on that side, Home and End to the ends.
 */
export function createSpineFocus(
  stage: HTMLElement,
  topics: readonly Topic[],
  onMove: (topic: Pick<Topic, 'node'>) => void,
): { focus(topic: Topic): void } {
  // The picture's other links (call-outs, buttons) come after the topics in the same stop,
  // from both parts of the picture (its opening part, then the rest).
  const others = [...stage.querySelectorAll<SVGElement>('svg a')]
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
  // Left and Right go to the nearest box on that side, so a subtopic column is one key away.
  let centres: { x: number; y: number }[] | undefined;
  const beside = (from: number, side: -1 | 1): number => {
    centres ??= drawn.map(({ node }) => {
      const b = (node as SVGGraphicsElement).getBBox();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    const here = centres[from];
    const boxes = drawn.length - others.length;
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    centres.forEach((c, i) => {
      const dx = (c.x - (here?.x ?? 0)) * side;
      if (i === from || dx <= 1) return;
      // A topic box on that side wins over the picture's other links (a call-out nearby).
      const cost = dx + 3 * Math.abs(c.y - (here?.y ?? 0)) + (i >= boxes ? 1e6 : 0);
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
      }
    });
    return best;
  };
  for (const topic of drawn) {
    topic.node?.addEventListener('keydown', (event) => {
      const e = event as KeyboardEvent;
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
      if (e.key in step) focusAt(index + (step[e.key] ?? 0));
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        const next = beside(index, e.key === 'ArrowLeft' ? -1 : 1);
        if (next >= 0) focusAt(next);
      } else if (e.key === 'Home') focusAt(0);
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
