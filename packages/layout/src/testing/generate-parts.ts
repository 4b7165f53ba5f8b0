import type { RoadmapDocument } from '@roadmapkit/schema';
import type { Random } from './random.js';
import { LONG_WORDS, OTHER_SCRIPTS, WORDS } from './words.js';

type Element = NonNullable<RoadmapDocument['elements']>[number];

const CORNERS = ['right-top', 'left-top', 'right-center', 'left-center'] as const;

// The random parts of a generated roadmap: labels, badges and links, elements.

/** A label of one to six words, now and then with a very long word or another script. */
export function label(random: Random): string {
  if (random.chance(0.03)) return `${random.pick(WORDS)} ${random.pick(LONG_WORDS)}`;
  if (random.chance(0.03)) return random.pick(OTHER_SCRIPTS);
  const count = random.int(1, 6);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(random.pick(WORDS));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A legend badge (with probability `badge`) on a random corner, and sometimes a link. */
export function decorations(random: Random, badge: number) {
  return {
    ...(random.chance(badge)
      ? {
          legend: random.pick(['l0', 'l1', 'l2']),
          ...(random.chance(0.5) ? { badgeCorner: random.pick(CORNERS) } : {}),
        }
      : {}),
    ...(random.chance(0.1) ? { url: 'https://example.com/topic' } : {}),
  };
}

/** The `e`-th element: kinds in turn, most beside a topic, some beside a subtopic, some free. */
export function element(random: Random, e: number, topics: number, subtopics: number): Element {
  const roll = random.next();
  const near =
    roll < 0.7
      ? { near: `t${random.int(0, topics - 1)}` }
      : roll < 0.8 && subtopics > 0
        ? { near: `s${random.int(0, subtopics - 1)}` }
        : {};
  const id = `e${e}`;
  switch (e % 5) {
    case 0:
      return {
        kind: 'paragraph',
        id,
        text: `${label(random)}. ${label(random)}, **${label(random)}**.`,
        ...near,
      };
    case 1:
      return {
        kind: 'button',
        id,
        label: label(random),
        url: 'https://example.com/roadmap',
        ...(random.chance(0.3) ? { badge: 'Free' } : {}),
        ...near,
      };
    case 2:
      return {
        kind: 'checklist',
        id,
        ...(random.chance(0.7) ? { label: label(random) } : {}),
        items: [0, 1, 2].map((i) => ({ id: `${id}-item${i}`, label: label(random) })),
        ...near,
      };
    case 3:
      return { kind: 'label', id, label: label(random), ...near };
    default:
      return {
        kind: 'links',
        id,
        label: 'Related',
        links: [
          { label: label(random), url: 'https://example.com/a' },
          { label: label(random), url: 'https://example.com/b' },
        ],
        ...near,
      };
  }
}
