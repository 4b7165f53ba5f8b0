import type { RoadmapDocument } from '@roadmapkit/schema';
import { toHex } from '../theme.js';
import { text } from './text.js';

/** Legend colours are validated hex or palette names; anything else falls back to gray. */
function legendColor(color: string): string {
  const hex = toHex(color);
  return /^#[0-9a-f]{6}$/.test(hex) ? hex : '#999999';
}

/** The legend as a list, each item with its colour as a small drawn dot (no style attribute). */
export function legendSection(doc: RoadmapDocument, heading = 'Legend'): string {
  if (!doc.legend?.length) return '';
  return `<section aria-labelledby="legend-heading"><h2 id="legend-heading">${text(heading)}</h2><ul class="legend">${doc.legend
    .map(
      (item) =>
        `<li><svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="6" fill="${text(legendColor(item.color))}"/></svg>${text(item.label)}</li>`,
    )
    .join('')}</ul></section>`;
}
