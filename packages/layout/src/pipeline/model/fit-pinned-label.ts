import type { FontSpec, LayoutWarning } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { type MeasuredText, measureText } from '../../text/measure-text.js';
import type { ModelNode } from './model.js';

/** The inset an editor keeps between a box's border and its text (px). */
const SOURCE_INSET = { x: 4, y: 2 };
/** The smallest a label's font may shrink to, as a share of its size. */
const FLOOR = 0.7;
const STEP = 0.05;

export interface FittedLabel {
  readonly padding: { readonly x: number; readonly y: number };
  readonly text: MeasuredText;
  readonly font: FontSpec;
}

/**
 * Fits a one-text label (topic, subtopic, button, label) to its pinned box as an editor
 * would: on one line with the editor's thin inset when it fits so; else wrapped between
 * words with our padding when that fits; else at a smaller font (down to 70 %, with a
 * warning) before a word is broken. Undefined when the usual measure already fits on
 * one line, or nothing fits better (the caller keeps it and warns of the overflow).
 */
export function fitPinnedLabel(
  node: ModelNode,
  font: FontSpec,
  box: { readonly width: number; readonly height: number },
  usual: {
    readonly padding: { readonly x: number; readonly y: number };
    readonly text: MeasuredText;
  },
  options: ResolvedOptions,
  warnings: LayoutWarning[],
): FittedLabel | undefined {
  if (node.text.kind !== 'label' || node.kind === 'paragraph') return undefined;
  const { measurer } = options;
  const label = node.text.text;
  const lines = (t: MeasuredText) => t.rows.reduce((n, row) => n + row.lines.length, 0);
  if (lines(usual.text) <= 1) return undefined;
  const at = (size: number, inset: { x: number; y: number }) => {
    const f: FontSpec = { size, weight: font.weight };
    const maxWidth = box.width - 2 * inset.x;
    const text = measureText(measurer, [{ text: label, font: f }], maxWidth, 0);
    const words = label.split(/\s+/).filter((w) => w !== '');
    const whole = words.every((w) => measurer.measureText(w, f) <= maxWidth);
    const fits = whole && text.height <= box.height - 2 * inset.y;
    return { padding: inset, text, font: f, fits };
  };
  const oneLine = measurer.measureText(label, font) <= box.width - 2 * SOURCE_INSET.x;
  if (oneLine) {
    const { padding, text } = at(font.size, SOURCE_INSET);
    return { padding, text, font };
  }
  const usualWords = at(font.size, usual.padding);
  if (usualWords.fits) return undefined;
  for (let share = 1 - STEP; share >= FLOOR - 1e-9; share -= STEP) {
    const size = Math.round(font.size * share * 10) / 10;
    const tried = at(size, SOURCE_INSET);
    if (!tried.fits) continue;
    warnings.push({
      code: 'label-shrunk',
      id: node.id,
      message: `the text of "${node.id}" fits its pinned size ${box.width}×${box.height} only at ${size} px instead of ${font.size} px; shrank it`,
    });
    return { padding: tried.padding, text: tried.text, font: tried.font };
  }
  return undefined;
}
