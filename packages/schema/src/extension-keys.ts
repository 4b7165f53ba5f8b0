/** Keys starting with `x-` are the author's own (a place for YAML anchors shared below). */
export function isExtensionKey(key: string): boolean {
  return key.startsWith('x-');
}

/**
 * The data without `x-…` keys at any depth, so validation ignores them: an author can keep
 * shared values there (`x-defaults: &defaults { … }`) and merge them in with YAML aliases.
 * Returns the same object when there are none; never changes its input.
 */
export function withoutExtensionKeys(data: unknown): unknown {
  if (Array.isArray(data)) {
    const items = data.map(withoutExtensionKeys);
    return items.every((item, i) => item === data[i]) ? data : items;
  }
  if (typeof data !== 'object' || data === null) return data;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (isExtensionKey(key)) {
      changed = true;
      continue;
    }
    const next = withoutExtensionKeys(value);
    if (next !== value) changed = true;
    out[key] = next;
  }
  return changed ? out : data;
}
