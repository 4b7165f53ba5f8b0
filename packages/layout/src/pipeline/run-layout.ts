import type { RoadmapDocument } from '@roadmapkit/schema';
import type { LayoutOptions } from '../options.js';
import type { Box, LayoutWarning, PositionedRoadmap } from '../positioned-roadmap.js';
import { resolveOptions } from '../resolve-options.js';
import { missingGlyphWarnings } from '../text/missing-glyphs.js';
import { assemble } from './assemble.js';
import { collectModel } from './collect-model.js';
import { combinePlacement } from './combine-placement.js';
import { createDeadline } from './deadline.js';
import { drawnExtents, membersOf } from './extents.js';
import { fitCanvas } from './fit-canvas.js';
import { measureLegend } from './legend-layout.js';
import type { ElkEngine } from './load-elk.js';
import { measureCallout, measureTitle } from './measure-furniture.js';
import { measureNode } from './measure-nodes.js';
import type { ModelNode } from './model.js';
import { type HeaderParts, placeAutomatically } from './place-auto.js';
import { frameSections } from './section-frames.js';
import { labelGap, sectionInsets } from './section-insets.js';

/** The layout pipeline; `elk` creates the ELK instance when the automatic layout needs it. */
export async function runLayout(
  doc: RoadmapDocument,
  options: LayoutOptions,
  elk: () => Promise<ElkEngine>,
): Promise<PositionedRoadmap> {
  const opts = resolveOptions(options);
  const deadline = createDeadline(opts.signal, opts.timeoutMs);
  const model = collectModel(doc);
  const warnings: LayoutWarning[] = [...model.warnings];
  const mode = opts.layout ?? doc.layout ?? 'auto';
  deadline.check('reading the document');

  const isPinned = (node: ModelNode) => node.position !== undefined;
  const unpinned = model.nodes.filter((node) => !isPinned(node));
  const needsAuto = mode === 'auto' || unpinned.length > 0;
  // Start loading elkjs now: reading its file overlaps measuring (compiling it cannot).
  const engine = needsAuto ? elk() : undefined;
  engine?.catch(() => {});

  const measured = new Map(model.nodes.map((node) => [node.id, measureNode(node, opts, warnings)]));
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
      )
    : undefined;
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
  );
  const titleBlock = titlePinned
    ? titleAtMax
    : measureTitle(doc, titleElement, opts, placement.wrapWidth);
  const callouts = (doc.callouts ?? []).map((c) => measureCallout(c, opts, placement.wrapWidth));
  const extents: Box[] = drawnExtents(model, measured, placement, frames, opts);
  const canvas = fitCanvas(extents, opts.gaps.margin);
  return assemble({
    doc,
    model,
    measured,
    mode,
    placement,
    frames,
    canvas,
    titleBlock,
    callouts,
    legend,
    sides: auto?.plan.sides,
    options: opts,
    deadline,
    warnings,
  });
}
