import { error, type Finding } from '../issue.js';
import type { RoadmapDocument } from '../model/document.js';
import { visibleText } from '../text/invisible.js';
import { labelFields } from '../traverse.js';

/** Every label, title and question has visible text (not only spaces, controls or zero-width characters). */
export function noEmptyLabels(doc: RoadmapDocument): Finding[] {
  return labelFields(doc)
    .filter((field) => visibleText(field.value) === '')
    .map((field) =>
      error(
        'empty-label',
        field.path,
        `expected text for "${String(field.path[field.path.length - 1])}", received ${describeEmpty(field.value)}`,
        'write the text to show, or remove the item',
      ),
    );
}

function describeEmpty(value: string): string {
  if (value === '') return 'an empty string';
  if (value.trim() === '') return 'only spaces';
  return 'only invisible characters (controls or zero-width characters)';
}
