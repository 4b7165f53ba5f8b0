/**
 * Source geometry the importers trust. Anything beyond is treated as missing (and repaired
 * with a warning), so the document always stays inside the schema's coordinate limits.
 */
export const SOURCE_LIMITS = {
  /** Largest absolute source coordinate, in px. */
  maxCoordinate: 100_000,
  /** Largest source width or height, in px. */
  maxExtent: 10_000,
  /** Smallest width or height kept, in px. */
  minExtent: 1,
} as const;

export function isUsableCoordinate(value: number | undefined): value is number {
  return value !== undefined && Math.abs(value) <= SOURCE_LIMITS.maxCoordinate;
}

export function isUsableExtent(value: number | undefined): value is number {
  return (
    value !== undefined && value >= SOURCE_LIMITS.minExtent && value <= SOURCE_LIMITS.maxExtent
  );
}
