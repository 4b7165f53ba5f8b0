import type { ResolvedOptions } from '../../resolve-options.js';
import { type MeasuredBlock, measureSectionLabel } from './measure-furniture.js';
import type { SectionModel } from './model.js';

/** Room kept above and below each band for the frames of the sections it starts or ends. */
export interface SectionInsets {
  readonly top: readonly number[];
  readonly bottom: readonly number[];
  /** Each section's measured label (sections without a label have none). */
  readonly labels: ReadonlyMap<string, MeasuredBlock>;
}

/** The gap between a section's label and the boxes it frames. */
export function labelGap(options: ResolvedOptions): number {
  return options.gaps.section / 2;
}

/**
 * A section that frames topics spans the bands from its first topic to its last (in spine
 * order). Its frame needs its padding above the first band, plus its label, and its padding
 * below the last one; bands keep that room so frames never reach into the next band.
 */
export function sectionInsets(
  sections: readonly SectionModel[],
  bands: readonly string[],
  options: ResolvedOptions,
): SectionInsets {
  const top = bands.map(() => 0);
  const bottom = bands.map(() => 0);
  const labels = new Map<string, MeasuredBlock>();
  const index = new Map(bands.map((id, i) => [id, i]));
  const pad = options.gaps.section;
  for (const section of sections) {
    if (section.label !== undefined)
      labels.set(section.id, measureSectionLabel(section.label, section.fontSize, options));
    if (section.position !== undefined && section.size !== undefined) continue;
    const at = section.topics.map((id) => index.get(id)).filter((i) => i !== undefined);
    if (at.length === 0) continue;
    const first = Math.min(...at);
    const last = Math.max(...at);
    const label = labels.get(section.id);
    const above = pad + (label ? label.height + labelGap(options) : 0);
    top[first] = Math.max(top[first] ?? 0, above);
    bottom[last] = Math.max(bottom[last] ?? 0, pad);
  }
  return { top, bottom, labels };
}
