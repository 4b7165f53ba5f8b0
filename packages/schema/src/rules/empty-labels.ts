import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { labelFields } from '../traverse.js';

/** Every label, title and question has visible text. */
export function noEmptyLabels(doc: RoadmapDocument): Finding[] {
  return labelFields(doc)
    .filter((field) => field.value.trim() === '')
    .map((field) =>
      error(
        'empty-label',
        field.path,
        `expected text for "${String(field.path[field.path.length - 1])}", received ${field.value === '' ? 'an empty string' : 'only spaces'}`,
        'write the text to show, or remove the item',
      ),
    );
}
