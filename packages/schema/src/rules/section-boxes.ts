import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';

/**
 * A section frames its topics; one that frames none is a plain box, drawn where it is
 * pinned, so it needs a position and a size.
 */
export function sectionBoxes(doc: RoadmapDocument): Finding[] {
  const findings: Finding[] = [];
  doc.elements?.forEach((element, i) => {
    if (element.kind !== 'section' || element.topics !== undefined) return;
    if (element.position !== undefined && element.size !== undefined) return;
    const missing = element.position === undefined ? 'position' : 'size';
    findings.push(
      error(
        'missing-position',
        ['elements', i, 'id'],
        `expected topics, or a position and a size, for section "${element.id}", received no topics and no ${missing}`,
        'list the topics the section frames in "topics", or pin it with "position" and "size"',
      ),
    );
  });
  return findings;
}
