import type { RoadmapDocument } from '@roadmapkit/schema';
import { round2, roundBox, roundPoint } from '../../geometry/round.js';
import type {
  Box,
  PositionedCallout,
  PositionedLegend,
  PositionedLineElement,
  PositionedSection,
  PositionedTitle,
} from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import type { MeasuredLegend } from '../model/legend-layout.js';
import type { AssembleInput } from './assemble.js';
import { type Canvas, toCanvas } from './fit-canvas.js';
import { placeRows, roundLines } from './position-node.js';
import type { SectionFrame } from './section-frames.js';

// The parts of a layout around the nodes, ready to draw: title, call-outs, legend, sections
// and line elements, moved onto the canvas and rounded.

/** The title block with its lines centred in its box. */
export function positionTitle(input: AssembleInput, box: Box): PositionedTitle {
  const block = input.titleBlock;
  const { rows } = placeRows(box, block.padding, block.text, 'center');
  const element = input.model.titleElement;
  return {
    ...(element ? { id: element.id } : {}),
    box,
    font: block.font,
    lines: rows.flatMap((row) => roundLines(row.lines)),
    pinned: element?.position !== undefined,
    ...(element?.appearance ? { appearance: element.appearance } : {}),
  };
}

/** A call-out: its text lines, then its link's lines, centred in its box. */
export function positionCallout(input: AssembleInput, box: Box, i: number): PositionedCallout {
  const block = input.callouts[i];
  const callout = input.doc.callouts?.[i];
  const rows = block ? placeRows(box, block.padding, block.text, 'center').rows : [];
  return {
    box,
    font: block?.font ?? { size: input.options.fontSizes.callout, weight: 'regular' },
    lines: roundLines(rows[0]?.lines ?? []),
    link: { url: callout?.url ?? '', lines: roundLines(rows[1]?.lines ?? []) },
  };
}

/** The legend at its final corner, rounded. */
export function positionLegend(legend: MeasuredLegend, box: Box): PositionedLegend {
  const placed = legend.place(box.x, box.y);
  return {
    box,
    font: placed.font,
    items: placed.items.map((item) => ({
      ...item,
      badge: { center: roundPoint(item.badge.center), radius: round2(item.badge.radius) },
      lines: roundLines(item.lines),
    })),
  };
}

/** A section frame on the canvas, its label at the top left inside it. */
export function positionSection(
  frame: SectionFrame,
  canvas: Canvas,
  options: ResolvedOptions,
): PositionedSection {
  const box = roundBox(toCanvas(frame.box, canvas.origin));
  const pad = options.gaps.section;
  const label = frame.label;
  const lines = label
    ? placeRows(
        {
          x: box.x + pad,
          y: box.y + pad,
          width: Math.max(label.width, box.width - 2 * pad),
          height: label.height,
        },
        { x: 0, y: 0 },
        label.text,
        'start',
      ).rows.flatMap((row) => roundLines(row.lines))
    : [];
  return {
    id: frame.section.id,
    box,
    topics: frame.section.topics,
    pinned: frame.pinned,
    font: label?.font ?? { size: options.fontSizes.section, weight: 'bold' },
    lines,
    ...(frame.section.appearance ? { appearance: frame.section.appearance } : {}),
  };
}

/** The document's line elements, moved onto the canvas. */
export function lineElements(doc: RoadmapDocument, canvas: Canvas): PositionedLineElement[] {
  const out: PositionedLineElement[] = [];
  for (const element of doc.elements ?? []) {
    if (element.kind !== 'line') continue;
    const shift = (p: { x: number; y: number }) =>
      roundPoint({ x: p.x - canvas.origin.x, y: p.y - canvas.origin.y });
    out.push({
      id: element.id,
      from: shift(element.from),
      to: shift(element.to),
      style: element.style,
      ...(element.color === undefined ? {} : { color: element.color }),
      ...(element.width === undefined ? {} : { width: element.width }),
    });
  }
  return out;
}
