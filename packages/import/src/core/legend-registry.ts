import { createIdRegistry, slugify } from './ids.js';
import type { LegendItemInput } from './model-types.js';

/**
 * The document legend being built. Items get ids made from their labels
 * (`Personal recommendation` → `personal-recommendation`) and are found again by the
 * source's key for them or by label.
 */
export interface LegendRegistry {
  readonly items: LegendItemInput[];
  /** The id of the item with this source key or label, or undefined. */
  find(key: string | undefined, label: string | undefined): string | undefined;
  /** The id of the item with this key or label, added when it is new. */
  add(entry: { key: string | undefined; label: string; color: string }): string;
}

export function createLegendRegistry(): LegendRegistry {
  const items: LegendItemInput[] = [];
  const ids = createIdRegistry();
  const byKey = new Map<string, string>();
  const byLabel = new Map<string, string>();
  const normal = (label: string) => label.trim().toLowerCase().replace(/\s+/g, ' ');
  const find = (key: string | undefined, label: string | undefined) =>
    (key === undefined ? undefined : byKey.get(key)) ??
    (label === undefined ? undefined : byLabel.get(normal(label)));
  return {
    items,
    find,
    add(entry) {
      const found = find(entry.key, entry.label);
      if (found !== undefined) {
        if (entry.key !== undefined && !byKey.has(entry.key)) byKey.set(entry.key, found);
        return found;
      }
      const id = ids.claim(slugify(entry.label), 'legend');
      items.push({ id, label: entry.label, color: entry.color });
      if (entry.key !== undefined) byKey.set(entry.key, id);
      byLabel.set(normal(entry.label), id);
      return id;
    },
  };
}
