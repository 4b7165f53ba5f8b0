/** Every number in `value` that is not finite, with its path (`nodes[3].box.x`). */
export function nonFiniteNumbers(value: unknown, path = ''): string[] {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? [] : [`non-finite number at ${path || '(root)'}: ${value}`];
  }
  if (Array.isArray(value))
    return value.flatMap((item, i) => nonFiniteNumbers(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      nonFiniteNumbers(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}
