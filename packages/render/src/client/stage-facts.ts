import type { PictureFacts } from './opening-view.js';

/** The facts the build wrote on the stage (`data-picture`: width, height, label, first topic box). */
export function readFacts(stage: HTMLElement): PictureFacts {
  const [width = 0, height = 0, labelPx = 14, ...box] = (stage.dataset.picture ?? '')
    .split(' ')
    .map(Number);
  const [x, y, w, h] = box;
  // A picture without a size in its markup (not drawn by us): its laid-out box.
  const laid =
    width > 0 && height > 0 ? undefined : stage.querySelector('svg')?.getBoundingClientRect();
  return {
    width: laid?.width ?? width,
    height: laid?.height ?? height,
    labelPx,
    first:
      x !== undefined && y !== undefined && w !== undefined && h !== undefined
        ? { x, y, w, h }
        : undefined,
  };
}

/** The node boxes of the picture's parts under an element, by topic id. */
export function boxesIn(parent: ParentNode): Map<string, SVGElement> {
  return new Map(
    [...parent.querySelectorAll<SVGElement>('.rk-topic[id^="rk-"], .rk-subtopic[id^="rk-"]')].map(
      (node) => [node.id.slice(3), node],
    ),
  );
}
