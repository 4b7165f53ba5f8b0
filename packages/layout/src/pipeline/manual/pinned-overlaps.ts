import { boxesOverlap } from '../../geometry/box.js';
import { createSpatialIndex } from '../../geometry/spatial-index.js';
import type { Box, LayoutWarning } from '../../positioned-roadmap.js';

/** Warns about each pair of pinned boxes that overlap: both are kept where they are. */
export function warnOverlaps(
  fixed: ReadonlyArray<{ id: string; box: Box }>,
  warnings: LayoutWarning[],
) {
  const index = createSpatialIndex(fixed.map((f) => f.box));
  fixed.forEach((a, i) => {
    for (const j of index.queryBox(a.box).sort((x, y) => x - y)) {
      const b = fixed[j];
      if (j <= i || !b || !boxesOverlap(a.box, b.box)) continue;
      warnings.push({
        code: 'pinned-overlap',
        id: a.id,
        message: `pinned box "${a.id}" overlaps pinned box "${b.id}"; both are kept where they are`,
      });
    }
  });
}
