import { boxesOverlap, inflate } from '../../geometry/box.js';
import { createSpatialIndex } from '../../geometry/spatial-index.js';
import type { Box } from '../../positioned-roadmap.js';

/**
 * Makes room for pinned boxes in an automatic layout, keeping the pinned ones exactly where
 * they are. While a movable box comes within `gap` of a pinned one, everything movable that
 * starts at or below the highest such box moves down until it clears the pinned box. Moving
 * a whole lower part down never makes two movable boxes overlap, and each pinned box is
 * passed at most once by each movable one, so this ends. Returns the movable boxes' new places.
 */
export function resolvePins(movable: readonly Box[], fixed: readonly Box[], gap: number): Box[] {
  const out = movable.map((box) => ({ ...box }));
  if (fixed.length === 0 || out.length === 0) return out;
  const index = createSpatialIndex(fixed);
  const limit = (out.length + 1) * (fixed.length + 1);
  for (let round = 0; round < limit; round++) {
    let lowest: { at: number; clear: number } | undefined;
    for (const box of out) {
      if (lowest && box.y >= lowest.at) continue;
      const grown = inflate(box, gap);
      for (const i of index.queryBox(grown)) {
        const pin = fixed[i];
        if (!pin || !boxesOverlap(grown, pin, 1e-6)) continue;
        const clear = pin.y + pin.height + gap;
        if (!lowest || box.y < lowest.at || (box.y === lowest.at && clear > lowest.clear))
          lowest = { at: box.y, clear };
      }
    }
    if (!lowest) return out;
    const shift = lowest.clear - lowest.at;
    for (const box of out) if (box.y >= lowest.at) box.y += shift;
  }
  throw new Error('internal: pinned boxes could not be made room for');
}
