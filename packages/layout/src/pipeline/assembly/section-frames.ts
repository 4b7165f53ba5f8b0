import { unionBoxes } from '../../geometry/box.js';
import type { Box, LayoutWarning } from '../../positioned-roadmap.js';
import type { MeasuredBlock } from '../model/measure-furniture.js';
import type { SectionModel } from '../model/model.js';

/** A section's frame, before its label's lines are placed. */
export interface SectionFrame {
  readonly section: SectionModel;
  readonly box: Box;
  readonly pinned: boolean;
  readonly label: MeasuredBlock | undefined;
}

/**
 * Frames each section around the boxes of its topics (each topic with its subtopics and the
 * elements beside it, and its `members`), `pad` away from them, with room for its label
 * above. A pinned position or size replaces the computed one; a section placed as part of
 * an authored block (`placed`) is where the block put it. A section with nothing to frame and no pinned
 * box is skipped with a warning.
 */
export function frameSections(
  sections: readonly SectionModel[],
  membersOf: (topic: string) => readonly Box[],
  labels: ReadonlyMap<string, MeasuredBlock>,
  pad: number,
  labelGap: number,
  warnings: LayoutWarning[],
  placed: (id: string) => Box | undefined = () => undefined,
): SectionFrame[] {
  const frames: SectionFrame[] = [];
  for (const section of sections) {
    const label = labels.get(section.id);
    const content = unionBoxes([
      ...section.topics.flatMap((id) => membersOf(id)),
      ...(section.members ?? []).flatMap((id) => placed(id) ?? []),
    ]);
    let box: Box | undefined;
    if (content) {
      const above = pad + (label ? label.height + labelGap : 0);
      box = {
        x: content.x - pad,
        y: content.y - above,
        width: Math.max(content.width + 2 * pad, (label?.width ?? 0) + 2 * pad),
        height: content.height + above + pad,
      };
    }
    const { size } = section;
    // A section moved with an authored block is where the block put it.
    const position = section.position ?? (content ? undefined : placed(section.id));
    if (position || size) {
      const base = box ?? { x: 0, y: 0, width: 0, height: 0 };
      box = {
        x: position?.x ?? base.x,
        y: position?.y ?? base.y,
        width: size?.width ?? base.width,
        height: size?.height ?? base.height,
      };
    }
    if (!box || box.width <= 0 || box.height <= 0) {
      warnings.push({
        code: 'section-skipped',
        id: section.id,
        message: `section "${section.id}" frames no topic and has no pinned position and size, so it is not drawn`,
      });
      continue;
    }
    frames.push({ section, box, pinned: position !== undefined || size !== undefined, label });
  }
  return frames;
}
