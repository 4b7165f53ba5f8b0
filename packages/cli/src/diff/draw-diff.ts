import { withRemovedNodes } from '@roadmapkit/diff';
import type { RoadmapDocument } from '@roadmapkit/schema';
import type { FileDiff } from './compare-pairs.js';

export interface PictureOptions {
  readonly format: 'svg' | 'png';
  readonly theme: 'light' | 'dark';
  readonly width?: number | undefined;
  readonly background?: string | undefined;
}

/**
 * The newer roadmap with its changes marked: added boxes green, changed amber, removed ones
 * put back where they were and drawn as ghosts, with a key. Layout and render load here only.
 */
export async function drawDiff(
  file: FileDiff,
  options: PictureOptions,
): Promise<string | Uint8Array> {
  const [{ layoutRoadmap }, render, { createMeasurer }] = await Promise.all([
    import('@roadmapkit/layout'),
    import('@roadmapkit/render'),
    import('@roadmapkit/fonts'),
  ]);
  const head = file.head ?? file.base;
  const base = file.base ?? file.head;
  if (!head || !base) throw new Error(`${file.name} has no version to draw`);
  const doc: RoadmapDocument =
    file.base && file.head ? withRemovedNodes(file.base, file.head) : head;
  const positioned = await layoutRoadmap(doc, { measurer: createMeasurer() });
  // A PNG's --background is the picture's own background colour (it covers the canvas).
  const background = options.format === 'png' ? options.background : undefined;
  const svg = render.renderSvg(positioned, {
    roadmap: doc,
    theme:
      background === undefined ? options.theme : { base: options.theme, colors: { background } },
    marks: file.diff?.nodes ?? {},
  });
  if (options.format === 'svg') return svg;
  return render.renderPng(svg, options.width === undefined ? {} : { width: options.width });
}
