import type { Measurer, WrappedLine } from '@roadmapkit/fonts/measurer';
import type { FontSpec } from '../positioned-roadmap.js';

/** One block of wrapped text in a box: a label, a heading, or one checklist item or link. */
export interface MeasuredRow {
  readonly font: FontSpec;
  readonly lines: readonly WrappedLine[];
  /** Distance between baselines. */
  readonly lineHeight: number;
  /** From the top of a line to its baseline. */
  readonly baseline: number;
  /** Space before the text: the check box of a checklist item and its gap. */
  readonly indent: number;
  /** The side of the check box square (0: none). */
  readonly marker: number;
  /** `rtl` for a right-to-left paragraph (Arabic, Hebrew): its lines align right. */
  readonly direction?: 'rtl';
  /** `lines.length × lineHeight`, at least one line when there is a marker. */
  readonly height: number;
  readonly id?: string;
  readonly url?: string;
}

/** Rows stacked top to bottom, with their overall size. */
export interface MeasuredText {
  readonly rows: readonly MeasuredRow[];
  /** The widest row: its indent plus its widest line. */
  readonly width: number;
  /** The rows' heights and the gaps between them. */
  readonly height: number;
  readonly rowGap: number;
}

export interface RowSpec {
  readonly text: string;
  readonly font: FontSpec;
  readonly marker?: boolean;
  readonly id?: string;
  readonly url?: string;
}

/** Wraps each row to `maxWidth` (less its indent) with the measurer. */
export function measureText(
  measurer: Measurer,
  specs: readonly RowSpec[],
  maxWidth: number,
  rowGap: number,
): MeasuredText {
  const rows = specs.map((spec) => measureRow(measurer, spec, maxWidth));
  let width = 0;
  let height = 0;
  for (const row of rows) {
    for (const line of row.lines) width = Math.max(width, row.indent + line.width);
    if (row.lines.length === 0) width = Math.max(width, row.indent);
    height += row.height;
  }
  height += Math.max(0, rows.length - 1) * rowGap;
  return { rows, width, height, rowGap };
}

function measureRow(measurer: Measurer, spec: RowSpec, maxWidth: number): MeasuredRow {
  const { size, weight } = spec.font;
  const marker = spec.marker ? Math.round(size * 0.9) : 0;
  const indent = spec.marker ? marker + Math.round(size * 0.5) : 0;
  const wrapped = measurer.wrapText(spec.text, {
    size,
    weight,
    maxWidth: Math.max(1, maxWidth - indent),
  });
  const metrics = measurer.verticalMetrics(size);
  const lineHeight = measurer.lineHeight(size);
  const baseline = (lineHeight - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent;
  const height = Math.max(wrapped.lines.length, spec.marker ? 1 : 0) * lineHeight;
  return {
    font: spec.font,
    lines: wrapped.lines,
    lineHeight,
    baseline,
    indent,
    marker,
    height,
    ...(wrapped.direction === 'rtl' ? { direction: 'rtl' as const } : {}),
    ...(spec.id === undefined ? {} : { id: spec.id }),
    ...(spec.url === undefined ? {} : { url: spec.url }),
  };
}
