import type { RoadmapDocument } from '@roadmapkit/schema';
import type { FontSpec } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { type MeasuredText, measureText } from '../../text/measure-text.js';
import { ceil2 } from './measure-nodes.js';
import type { ModelNode } from './model.js';

/** A block of text in a box: the title block, a call-out or a section label. */
export interface MeasuredBlock {
  readonly width: number;
  readonly height: number;
  readonly font: FontSpec;
  readonly padding: { readonly x: number; readonly y: number };
  readonly text: MeasuredText;
}

/** The title block: the first title element's label, or the document title, in bold. */
export function measureTitle(
  doc: RoadmapDocument,
  element: ModelNode | undefined,
  options: ResolvedOptions,
  maxWidth: number,
): MeasuredBlock {
  const font: FontSpec = { size: element?.fontSize ?? options.fontSizes.title, weight: 'bold' };
  const text = element?.text.kind === 'label' ? element.text.text : doc.title;
  const padding = { x: options.padding.x / 2, y: options.padding.y / 2 };
  if (element?.size) return block(options, [text], font, padding, element.size);
  return block(options, [text], font, padding, undefined, maxWidth);
}

/** A call-out: its text, then its link label (or URL) on lines of its own. */
export function measureCallout(
  callout: NonNullable<RoadmapDocument['callouts']>[number],
  options: ResolvedOptions,
  maxWidth: number,
): MeasuredBlock {
  const font: FontSpec = { size: options.fontSizes.callout, weight: 'regular' };
  return block(
    options,
    [callout.text, callout.linkLabel ?? callout.url],
    font,
    options.padding,
    undefined,
    maxWidth,
  );
}

/** A section's label, set in bold at the top left of its frame. */
export function measureSectionLabel(
  label: string,
  fontSize: number | undefined,
  options: ResolvedOptions,
): MeasuredBlock {
  const font: FontSpec = { size: fontSize ?? options.fontSizes.section, weight: 'bold' };
  return block(options, [label], font, { x: 0, y: 0 }, undefined, options.maxTitleWidth);
}

function block(
  options: ResolvedOptions,
  texts: readonly string[],
  font: FontSpec,
  padding: { readonly x: number; readonly y: number },
  pinned: { readonly width: number; readonly height: number } | undefined,
  maxWidth = Number.POSITIVE_INFINITY,
): MeasuredBlock {
  const pad = pinned
    ? { x: Math.min(padding.x, pinned.width / 4), y: Math.min(padding.y, pinned.height / 4) }
    : padding;
  const wrapWidth = pinned ? pinned.width - 2 * pad.x : Math.max(1, maxWidth - 2 * pad.x);
  const text = measureText(
    options.measurer,
    texts.map((t) => ({ text: t, font })),
    wrapWidth,
    Math.round(font.size * 0.3),
  );
  const lineHeight = options.measurer.lineHeight(font.size);
  return {
    width: pinned ? pinned.width : ceil2(text.width + 2 * pad.x),
    height: pinned ? pinned.height : ceil2(Math.max(text.height, lineHeight) + 2 * pad.y),
    font,
    padding: pad,
    text,
  };
}
