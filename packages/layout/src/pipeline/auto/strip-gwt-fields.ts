/**
 * A deep copy of elkjs output without the `$H` hash fields its GWT-compiled code adds to
 * every object (they differ between runs and processes, so they must not reach the result).
 */
export function stripGwtFields<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => stripGwtFields(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$H') continue;
    out[key] = stripGwtFields(item);
  }
  return out as T;
}
