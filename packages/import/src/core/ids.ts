/** The id pattern of the schema: letters, digits, "-" and "_", starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

const MAX_ID = 64;

/** The nearest valid id to `raw` ("" when nothing of it is usable). */
export function sanitizeId(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+/, '')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}

/** A lower-case slug (`Topic A` → `topic-a`), or "" when nothing of it is usable. */
export function slugify(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_ID)
    .replace(/-+$/, '');
}

/** Hands out unique ids within one namespace (nodes, legend items, one checklist's items). */
export interface IdRegistry {
  /**
   * A unique id as close to `wanted` as possible: kept when valid and free, otherwise
   * sanitised (or `fallback` when nothing is left of it), then suffixed `-2`, `-3`, …
   */
  claim(wanted: string, fallback: string): string;
  has(id: string): boolean;
}

export function createIdRegistry(): IdRegistry {
  const taken = new Set<string>();
  return {
    has: (id) => taken.has(id),
    claim(wanted, fallback) {
      const base = ID_PATTERN.test(wanted) ? wanted : sanitizeId(wanted) || sanitizeId(fallback);
      const root = base === '' ? 'item' : base;
      let id = root;
      for (let n = 2; taken.has(id); n++) {
        const suffix = `-${n}`;
        id = `${root.slice(0, MAX_ID - suffix.length)}${suffix}`;
      }
      taken.add(id);
      return id;
    },
  };
}
