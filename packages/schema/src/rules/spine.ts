import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';

/** The spine runs top to bottom once: a topic listed twice would make it loop back. */
export function spineWithoutCycles(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  const firstAt = new Map<string, number>();
  doc.spine?.forEach((id, i) => {
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, i);
      return;
    }
    findings.push(
      error(
        'spine-cycle',
        ['spine', i],
        `expected each topic once on the spine, received "${id}" again at position ${i + 1} (first at ${first + 1}): the spine would loop back`,
        `remove the second "${id}" from spine; connect back to it with an entry in edges instead`,
      ),
    );
  });
  return findings;
}
