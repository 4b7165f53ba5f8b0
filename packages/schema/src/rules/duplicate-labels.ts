import { type Finding, type IssuePath, warning } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';

interface Labelled {
  readonly label: string;
  readonly subtopics?: readonly Labelled[] | undefined;
}

/** Two siblings with the same label read as a mistake (compared ignoring case and spacing). */
export function duplicateSiblingLabels(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  const check = (siblings: readonly Labelled[], path: IssuePath) => {
    const seen = new Map<string, number>();
    siblings.forEach((sibling, i) => {
      const key = sibling.label.trim().replace(/\s+/g, ' ').toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else {
        findings.push(
          warning(
            'duplicate-label',
            [...path, i, 'label'],
            `two siblings are labelled "${sibling.label.trim()}" (items ${first + 1} and ${i + 1} of ${path.join('.')})`,
            'merge the two, or make the labels say how they differ',
          ),
        );
      }
      if (sibling.subtopics) check(sibling.subtopics, [...path, i, 'subtopics']);
    });
  };
  check(doc.topics, ['topics']);
  return findings;
}
