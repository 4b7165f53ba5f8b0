import type { RoadmapDocument } from '@roadmapkit/schema';
import { unionBoxes } from '../geometry/box.js';
import type { LayoutOptions } from '../options.js';
import type { Box, LayoutWarning, PositionedRoadmap } from '../positioned-roadmap.js';
import { resolveOptions } from '../resolve-options.js';
import { missingGlyphWarnings } from '../text/missing-glyphs.js';
import { assemble } from './assembly/assemble.js';
import { drawnExtents, membersOf } from './assembly/extents.js';
import { fitCanvas } from './assembly/fit-canvas.js';
import { frameSections } from './assembly/section-frames.js';
import { framePad, placeFrames } from './auto/group-frames.js';
import type { ElkEngine } from './auto/load-elk.js';
import { type HeaderParts, placeAutomatically } from './auto/place-auto.js';
import { createDeadline } from './deadline.js';
import { combinePlacement } from './manual/combine-placement.js';
import { collectModel } from './model/collect-model.js';
import { measureLegend } from './model/legend-layout.js';
import { measureCallout, measureTitle } from './model/measure-furniture.js';
import { measureNode, wideLabels } from './model/measure-nodes.js';
import type { ModelNode } from './model/model.js';
import { labelGap, sectionInsets } from './model/section-insets.js';

/** The layout pipeline; `elk` creates the ELK instance when the automatic layout needs it. */
export async function runLayout(
  doc: RoadmapDocument,
  options: LayoutOptions,
  elk: () => Promise<ElkEngine>,
): Promise<PositionedRoadmap> {
  const opts = resolveOptions(options);
  const deadline = createDeadline(opts.signal, opts.timeoutMs);
  const mode = opts.layout ?? doc.layout ?? 'auto';
  const model = collectModel(doc, mode);
  const warnings: LayoutWarning[] = [...model.warnings];
  deadline.check('reading the document');

  const isPinned = (node: ModelNode) => node.position !== undefined;
  const unpinned = model.nodes.filter((node) => !isPinned(node));
  const needsAuto = mode === 'auto' || unpinned.length > 0;
  // Start loading elkjs now: reading its file overlaps measuring (compiling it cannot).
  const engine = needsAuto ? elk() : undefined;
  engine?.catch(() => {});

  const measured = new Map(model.nodes.map((node) => [node.id, measureNode(node, opts, warnings)]));
  const wide = mode === 'auto' ? wideLabels(model.nodes, measured, opts) : new Map();
  warnings.push(...missingGlyphWarnings(doc, opts.measurer));
  const legend = measureLegend(doc, opts);
  const insets = sectionInsets(model.sections, model.bands, opts);
  const titleElement = model.titleElement;
  const titlePinned = titleElement?.position !== undefined;
  const header: HeaderParts = {
    centre: (maxWidth) => ({
      title: titlePinned ? undefined : measureTitle(doc, titleElement, opts, maxWidth),
      callouts: (doc.callouts ?? []).map((callout) => measureCallout(callout, opts, maxWidth)),
    }),
    legend,
  };
  deadline.check('measuring');

  if (mode === 'manual') {
    for (const node of unpinned)
      warnings.push({
        code: 'missing-position',
        id: node.id,
        message: `"${node.id}" has no position in a manual layout; it was placed automatically below the others`,
      });
  }
  const freeOnly: HeaderParts = {
    centre: () => ({ title: undefined, callouts: [] }),
    legend: undefined,
  };
  const auto = engine
    ? await placeAutomatically(
        model,
        measured,
        insets,
        mode === 'auto' ? header : freeOnly,
        isPinned,
        () => engine,
        opts,
        deadline,
        mode === 'auto',
        wide,
      )
    : undefined;
  // Boxes that grew wider instead of wrapping take their wider measurement.
  for (const id of auto?.widened ?? []) {
    const m = wide.get(id);
    if (m) measured.set(id, m);
  }
  const titleAtMax = measureTitle(doc, titleElement, opts, opts.maxTitleWidth);
  const placement = combinePlacement(
    model,
    measured,
    mode,
    auto,
    header,
    titleAtMax,
    opts,
    warnings,
  );
  deadline.check('placing pinned boxes');

  const frames = frameSections(
    model.sections,
    (topic) => membersOf(topic, model, placement.nodes, auto?.plan, mode),
    insets.labels,
    opts.gaps.section,
    labelGap(opts),
    warnings,
    (id) => placement.nodes.get(id) ?? auto?.boxes.get(id),
  );
  const titleBlock = titlePinned
    ? titleAtMax
    : measureTitle(doc, titleElement, opts, placement.wrapWidth);
  const callouts = (doc.callouts ?? []).map((c) => measureCallout(c, opts, placement.wrapWidth));
  const extents: Box[] = drawnExtents(model, measured, placement, frames, opts);
  // Frames around groups of subtopics, around the boxes where they ended up (a group with a
  // box pinned by the document gets none).
  const unpinnedBoxes = new Map(
    [...placement.nodes].filter(([id]) => model.byId.get(id)?.position === undefined),
  );
  const groupFrames =
    mode === 'auto' && auto ? placeFrames(auto.frames, unpinnedBoxes, framePad(opts.gaps)) : [];
  extents.push(...groupFrames.map((frame) => frame.box));
  // Nothing pinned: the canvas may move its origin to keep its margin on every side, and
  // leaves room beside the outermost boxes for cross-links to go round them.
  const nothingPinned =
    mode === 'auto' &&
    model.nodes.every((node) => node.position === undefined) &&
    model.sections.every((section) => section.position === undefined) &&
    (doc.elements ?? []).every((element) => element.kind !== 'line');
  const all = unionBoxes(extents);
  if (nothingPinned && all && model.edges.some((edge) => edge.origin === 'explicit')) {
    const gutter = 2 * opts.gaps.edge;
    extents.push({ ...all, x: all.x - gutter, width: all.width + 2 * gutter });
  }
  const canvas = fitCanvas(extents, opts.gaps.margin, !nothingPinned);
  return assemble({
    doc,
    model,
    measured,
    mode,
    placement,
    frames,
    groupFrames,
    canvas,
    titleBlock,
    callouts,
    legend,
    sides: auto?.plan.sides,
    passages: mode === 'auto' ? auto?.passages : undefined,
    options: opts,
    deadline,
    warnings,
  });
}
