import type { FontSpec, LayoutWarning } from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { type MeasuredText, measureText, type RowSpec } from '../../text/measure-text.js';
import type { TextAlign, VerticalAlign } from '../../text/place-text.js';
import { fitPinnedLabel } from './fit-pinned-label.js';
import type { ModelNode } from './model.js';

/** A node's size and its measured text, before it is placed. */
export interface MeasuredNode {
  readonly width: number;
  readonly height: number;
  /** The padding used: the option's, or less when a pinned size is too small for it. */
  readonly padding: { readonly x: number; readonly y: number };
  readonly text: MeasuredText;
  /** The font of the label or heading. */
  readonly font: FontSpec;
  readonly align: TextAlign;
  readonly vertical: VerticalAlign;
  /** True when the document pinned the size (it is then never changed). */
  readonly sizePinned: boolean;
  readonly tag?: { readonly text: MeasuredText; readonly width: number; readonly height: number };
}

interface Style {
  readonly font: FontSpec;
  readonly maxWidth: number;
  readonly padding: { readonly x: number; readonly y: number };
  readonly align: 'center' | 'start';
}

/** The font, wrap width, padding and alignment each kind of node uses. */
export function nodeStyle(node: ModelNode, options: ResolvedOptions): Style {
  const { fontSizes: f } = options;
  const padding = node.padding ?? options.padding;
  const half = node.padding ?? { x: padding.x / 2, y: padding.y / 2 };
  const size = node.fontSize;
  switch (node.kind) {
    case 'topic':
      return style(size ?? f.topic, 'regular', options.maxLabelWidth, padding, 'center');
    case 'subtopic':
      return style(size ?? f.subtopic, 'regular', options.maxLabelWidth, padding, 'center');
    case 'title':
      return style(size ?? f.title, 'bold', options.maxTitleWidth, half, 'center');
    case 'button':
      return style(size ?? f.text, 'bold', options.maxLabelWidth, padding, 'center');
    case 'label':
      return style(size ?? f.text, 'regular', options.maxLabelWidth, half, 'center');
    case 'paragraph':
    case 'checklist':
    case 'links':
      return style(size ?? f.text, 'regular', options.maxTextWidth, padding, 'start');
  }
}

function style(
  size: number,
  weight: FontSpec['weight'],
  maxWidth: number,
  padding: { readonly x: number; readonly y: number },
  align: 'center' | 'start',
): Style {
  return { font: { size, weight }, maxWidth, padding, align };
}

/** Rounds up to the next hundredth, so that rounding the layout never cuts into text. */
export function ceil2(value: number): number {
  return Math.ceil(value * 100 - 1e-7) / 100;
}

/**
 * Measures a node: wraps its text to the kind's maximum width and sizes the box to the text
 * plus padding. A pinned size wins: the text is wrapped to the pinned width instead (with
 * less padding when the box is small, none when a single character would not fit), and a
 * warning says when the text still does not fit.
 */
export function measureNode(
  node: ModelNode,
  options: ResolvedOptions,
  warnings: LayoutWarning[],
): MeasuredNode {
  const s = nodeStyle(node, options);
  const pinned = node.size;
  let padding = pinned
    ? { x: Math.min(s.padding.x, pinned.width / 4), y: Math.min(s.padding.y, pinned.height / 4) }
    : s.padding;
  const wrap = (width: number) =>
    measureText(options.measurer, rowSpecs(node, s.font), width, rowGap(s.font));
  let maxWidth = pinned ? pinned.width - 2 * padding.x : s.maxWidth;
  let text = wrap(maxWidth);
  if (pinned && text.width > maxWidth) {
    // A character wider than the padded box: give the text the box's full width instead.
    padding = { x: 0, y: padding.y };
    maxWidth = pinned.width;
    text = wrap(maxWidth);
  }
  let font = s.font;
  const fitted = pinned
    ? fitPinnedLabel(node, s.font, pinned, { padding, text }, options, warnings)
    : undefined;
  if (fitted) {
    ({ padding, text, font } = fitted);
    maxWidth = pinned ? pinned.width - 2 * padding.x : maxWidth;
  }
  const minHeight = options.measurer.lineHeight(font.size);
  const width = pinned ? pinned.width : ceil2(text.width + 2 * padding.x);
  const height = pinned ? pinned.height : ceil2(Math.max(text.height, minHeight) + 2 * padding.y);
  if (pinned && (text.width > maxWidth || text.height > pinned.height - 2 * padding.y)) {
    warnings.push({
      code: 'label-overflow',
      id: node.id,
      message: `the text of "${node.id}" does not fit in its pinned size ${pinned.width}×${pinned.height}`,
    });
  }
  const tag = node.tag === undefined ? undefined : measureTag(node.tag, options);
  return {
    width,
    height,
    padding,
    text,
    font,
    align: alignOf(node, s.align),
    vertical: node.verticalAlign ?? 'middle',
    sizePinned: pinned !== undefined,
    ...(tag ? { tag } : {}),
  };
}

/** How much wider than `maxLabelWidth` a subtopic may grow before it wraps. */
export const WIDE_LABEL = 1.6;

/**
 * Subtopics whose label wraps, measured again at `WIDE_LABEL` times the wrap width, where
 * that gives fewer lines: the layout uses them where their column has the room.
 */
export function wideLabels(
  nodes: readonly ModelNode[],
  measured: ReadonlyMap<string, MeasuredNode>,
  options: ResolvedOptions,
): Map<string, MeasuredNode> {
  const out = new Map<string, MeasuredNode>();
  const wider = { ...options, maxLabelWidth: options.maxLabelWidth * WIDE_LABEL };
  for (const node of nodes) {
    const narrow = measured.get(node.id);
    if (node.kind !== 'subtopic' || !narrow || narrow.sizePinned) continue;
    const lines = (m: MeasuredNode) => m.text.rows.reduce((n, row) => n + row.lines.length, 0);
    if (lines(narrow) < 2) continue;
    const wide = measureNode(node, wider, []);
    if (lines(wide) < lines(narrow)) out.set(node.id, wide);
  }
  return out;
}

function rowSpecs(node: ModelNode, font: FontSpec): RowSpec[] {
  if (node.text.kind === 'label') return [{ text: node.text.text, font }];
  const heading: RowSpec[] =
    node.text.heading === undefined
      ? []
      : [{ text: node.text.heading, font: { size: font.size, weight: 'bold' } }];
  const marker = node.text.marker;
  return [
    ...heading,
    ...node.text.items.map((item) => ({
      text: item.text,
      font,
      marker,
      ...(item.id === undefined ? {} : { id: item.id }),
      ...(item.url === undefined ? {} : { url: item.url }),
    })),
  ];
}

function rowGap(font: FontSpec): number {
  return Math.round(font.size * 0.4);
}

function measureTag(tag: string, options: ResolvedOptions): MeasuredNode['tag'] {
  const font: FontSpec = { size: options.fontSizes.tag, weight: 'bold' };
  const text = measureText(options.measurer, [{ text: tag, font }], options.maxLabelWidth, 0);
  return {
    text,
    width: ceil2(text.width + 8),
    height: ceil2(Math.max(text.height, options.measurer.lineHeight(font.size)) + 4),
  };
}

/** The authored alignment across the box where there is one, else the kind's. */
function alignOf(node: ModelNode, kind: 'center' | 'start'): TextAlign {
  if (node.textAlign === 'center') return 'center';
  if (node.textAlign === 'right') return 'end';
  if (node.textAlign === 'left') return 'start';
  return kind;
}
