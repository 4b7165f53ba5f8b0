import type { FontSpec, LayoutWarning } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { type MeasuredText, measureText } from '../../text/measure-text.js';
import type { ModelNode } from './model.js';

/** The inset an editor keeps between a box's border and its text (px), where the box has none of its own. */
const EDITOR_INSET = { x: 4, y: 2 };
/** The smallest a label's font may shrink to, as a share of its size. */
const FLOOR = 0.7;
/** An editor's line spacing, as a share of the font size: a box under two such lines is one line tall. */
const EDITOR_LINE = 1.5;
const STEP = 0.05;

export interface FittedLabel {
  readonly padding: { readonly x: number; readonly y: number };
  readonly text: MeasuredText;
  readonly font: FontSpec;
}

interface Attempt extends FittedLabel {
  /** Every word whole and the text within the box. */
  readonly fits: boolean;
  readonly lines: number;
}

/**
 * Fits a one-text label (topic, subtopic, button, label) to its pinned box as an editor
 * would: on one line with the editor's thin inset when it fits so. A box the author made
 * one line tall keeps its label on one line at a smaller font (down to 70 %, with a
 * warning) before the label wraps; a taller box wraps between words first (with our
 * padding when that fits, else the thin inset), then shrinks. A word is never broken while
 * a font size down to the floor keeps it whole. Undefined when the usual measure already
 * fits on one line within the box, or nothing fits better (the caller keeps it and warns of the overflow).
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
  const usualFits =
    lineCount(usual.text) <= 1 && usual.text.height <= box.height - 2 * usual.padding.y;
  if (usualFits) return undefined;
  const words = label.split(/\s+/).filter((w) => w !== '');
  const inset = node.padding ?? EDITOR_INSET;
  const at = (size: number, space: { x: number; y: number }): Attempt => {
    const f: FontSpec = { size, weight: font.weight };
    const maxWidth = box.width - 2 * space.x;
    const text = measureText(measurer, [{ text: label, font: f }], maxWidth, 0);
    const whole = words.every((w) => measurer.measureText(w, f) <= maxWidth);
    const fits = whole && text.height <= box.height - 2 * space.y;
    return { padding: space, text, font: f, fits, lines: lineCount(text) };
  };
  const sizes: number[] = [];
  for (let share = 1 - STEP; share >= FLOOR - 1e-9; share -= STEP)
    sizes.push(Math.round(font.size * share * 10) / 10);
  const shrunk = (tried: Attempt): FittedLabel => {
    warnings.push({
      code: 'label-shrunk',
      id: node.id,
      message: `the text of "${node.id}" fits its pinned size ${box.width}×${box.height} only at ${tried.font.size} px instead of ${font.size} px; shrank it`,
    });
    return { padding: tried.padding, text: tried.text, font: tried.font };
  };

  const full = at(font.size, inset);
  if (full.fits && full.lines <= 1) return { padding: full.padding, text: full.text, font };
  const oneLineBox = box.height < 2 * EDITOR_LINE * font.size;
  if (oneLineBox) {
    for (const size of sizes) {
      const tried = at(size, inset);
      if (tried.fits && tried.lines <= 1) return shrunk(tried);
    }
  } else if (at(font.size, usual.padding).fits) return undefined;
  if (full.fits) return { padding: full.padding, text: full.text, font };
  for (const size of sizes) {
    const tried = at(size, inset);
    if (tried.fits) return shrunk(tried);
  }
  return undefined;
}

function lineCount(text: MeasuredText): number {
  return text.rows.reduce((n, row) => n + row.lines.length, 0);
}
