import { slugify } from './ids.js';

/** The document id: the wanted one made a slug, else the title made a slug, else `roadmap`. */
export function documentId(wanted: string | undefined, title: string): string {
  return slugify(wanted ?? '') || slugify(title) || 'roadmap';
}
