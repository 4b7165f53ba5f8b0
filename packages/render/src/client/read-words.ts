import type { ClientWords } from './words.js';

/** The page's words for its script: the live region's data, in the page's language. */
export function readWords(): { readonly lang: string; readonly words: ClientWords } {
  const data = document.getElementById('rk-live')?.dataset.words ?? '{}';
  return { lang: document.documentElement.lang || 'en', words: JSON.parse(data) as ClientWords };
}
