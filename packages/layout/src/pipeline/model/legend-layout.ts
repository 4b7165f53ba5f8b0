import type { RoadmapDocument } from '@roadmapkit/schema';
import type { Box, FontSpec, PositionedLegend } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { type MeasuredText, measureText } from '../../text/measure-text.js';
import { placeText } from '../../text/place-text.js';
import { ceil2 } from './measure-nodes.js';

/** The legend, measured: its size and how to place it once its corner is known. */
export interface MeasuredLegend {
  readonly width: number;
  readonly height: number;
  readonly place: (x: number, y: number) => PositionedLegend;
}

const ROW_GAP = 6;
const BADGE_GAP = 8;

/**
 * Measures the legend box: one row per item, a badge then the label wrapped to
 * `maxLegendWidth`, with the box's padding around. Undefined when there is no legend.
 */
export function measureLegend(
  doc: RoadmapDocument,
  options: ResolvedOptions,
): MeasuredLegend | undefined {
  const items = doc.legend ?? [];
  if (items.length === 0) return undefined;
  const font: FontSpec = { size: options.fontSizes.legend, weight: 'regular' };
  const r = options.badgeRadius;
  const pad = options.padding.x;
  const texts: MeasuredText[] = items.map((item) =>
    measureText(options.measurer, [{ text: item.label, font }], options.maxLegendWidth, 0),
  );
  const rowHeights = texts.map((t) => Math.max(2 * r, t.height));
  const textWidth = Math.max(0, ...texts.map((t) => t.width));
  const width = ceil2(2 * pad + 2 * r + BADGE_GAP + textWidth);
  const height = ceil2(
    2 * pad + rowHeights.reduce((a, b) => a + b, 0) + (items.length - 1) * ROW_GAP,
  );
  const place = (x: number, y: number): PositionedLegend => {
    let top = y + pad;
    return {
      box: { x, y, width, height },
      font,
      items: items.map((item, i) => {
        const rowHeight = rowHeights[i] ?? 0;
        const text = texts[i] ?? { rows: [], width: 0, height: 0, rowGap: 0 };
        const content: Box = {
          x: x + pad + 2 * r + BADGE_GAP,
          y: top,
          width: textWidth,
          height: rowHeight,
        };
        const lines = placeText(content, text, 'start')[0]?.lines ?? [];
        const entry = {
          id: item.id,
          color: item.color,
          shape: item.shape,
          badge: { center: { x: x + pad + r, y: top + rowHeight / 2 }, radius: r },
          lines,
        };
        top += rowHeight + ROW_GAP;
        return entry;
      }),
    };
  };
  return { width, height, place };
}
