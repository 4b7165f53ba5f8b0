import { quote, same } from './same.js';

/**
 * Compares two lists of items matched by a key (resources and links by URL): which were
 * added, removed, or kept with other fields changed. Described in one line, such as
 * `1 added ("Docs"), 1 removed ("Old post")`, or undefined when nothing changed.
 */
export function describeListChange<T>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  key: (item: T) => string,
  name: (item: T) => string,
): string | undefined {
  const a = new Map((before ?? []).map((item) => [key(item), item]));
  const b = new Map((after ?? []).map((item) => [key(item), item]));
  const added = [...b].filter(([k]) => !a.has(k)).map(([, item]) => name(item));
  const removed = [...a].filter(([k]) => !b.has(k)).map(([, item]) => name(item));
  const changed = [...b]
    .filter(([k, item]) => a.has(k) && !same(a.get(k), item))
    .map(([, item]) => name(item));
  const parts: string[] = [];
  const part = (names: string[], verb: string) => {
    if (names.length > 0) parts.push(`${names.length} ${verb} (${names.map(quote).join(', ')})`);
  };
  part(added, 'added');
  part(removed, 'removed');
  part(changed, 'changed');
  if (parts.length === 0) {
    const keysBefore = [...a.keys()];
    const keysAfter = [...b.keys()];
    return same(keysBefore, keysAfter) ? undefined : 'reordered';
  }
  return parts.join(', ');
}
