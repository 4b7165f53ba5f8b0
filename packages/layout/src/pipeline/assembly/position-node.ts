import { round2, roundBox } from '../../geometry/round.js';
import type {
  Box,
  PositionedBadge,
  PositionedItem,
  PositionedNode,
  PositionedTag,
  TextLine,
} from '../../positioned-roadmap.js';
import type { MeasuredText } from '../../text/measure-text.js';
import {
  type PlacedRow,
  placeText,
  type TextAlign,
  type VerticalAlign,
} from '../../text/place-text.js';
import type { MeasuredNode } from '../model/measure-nodes.js';
import type { BadgeCorner, ModelNode, Side } from '../model/model.js';

/** The box less the padding, where the text goes. */
export function contentBox(box: Box, padding: { readonly x: number; readonly y: number }): Box {
  return roundBox({
    x: box.x + padding.x,
    y: box.y + padding.y,
    width: Math.max(0, box.width - 2 * padding.x),
    height: Math.max(0, box.height - 2 * padding.y),
  });
}

/** Text lines with their numbers rounded to two decimals. */
export function roundLines(lines: readonly TextLine[]): TextLine[] {
  return lines.map((line) => ({
    text: line.text,
    x: round2(line.x),
    y: round2(line.y),
    width: round2(line.width),
  }));
}

/** Places text in a box with padding: the lines of every row, rounded. */
export function placeRows(
  box: Box,
  padding: { readonly x: number; readonly y: number },
  text: MeasuredText,
  align: TextAlign,
  vertical: VerticalAlign = 'middle',
): { content: Box; rows: PlacedRow[] } {
  const content = contentBox(box, padding);
  return { content, rows: placeText(content, text, align, vertical) };
}

/** Where a badge's centre is for each corner of a box. */
export function badgeCenter(box: Box, corner: BadgeCorner): { x: number; y: number } {
  const x = corner.startsWith('right') ? box.x + box.width : box.x;
  const y = corner.endsWith('top') ? box.y : box.y + box.height / 2;
  return { x: round2(x), y: round2(y) };
}

/** A node ready to draw: its box, its text lines, its badge, its items and its tag. */
export function positionNode(
  node: ModelNode,
  measured: MeasuredNode,
  box: Box,
  side: Side | undefined,
  legendIds: ReadonlySet<string>,
  badgeRadius: number,
): PositionedNode {
  const { content, rows } = placeRows(
    box,
    measured.padding,
    measured.text,
    measured.align,
    measured.vertical,
  );
  const isList = node.text.kind === 'list';
  const hasHeading = node.text.kind === 'list' && node.text.heading !== undefined;
  const headingRows = isList ? (hasHeading ? 1 : 0) : rows.length;
  const lines = rows.slice(0, headingRows).flatMap((row) => roundLines(row.lines));
  const items: PositionedItem[] = rows.slice(headingRows).map((row, i) => {
    const source = measured.text.rows[headingRows + i];
    return {
      ...(source?.id === undefined ? {} : { id: source.id }),
      ...(source?.url === undefined ? {} : { url: source.url }),
      box: roundBox(row.box),
      ...(row.marker ? { marker: roundBox(row.marker) } : {}),
      font: source?.font ?? measured.font,
      lines: roundLines(row.lines),
    };
  });
  const headingFont = measured.text.rows[0]?.font ?? measured.font;
  const badge: PositionedBadge | undefined =
    node.legend !== undefined && legendIds.has(node.legend)
      ? {
          legend: node.legend,
          corner: node.badgeCorner ?? 'right-top',
          center: badgeCenter(box, node.badgeCorner ?? 'right-top'),
          radius: badgeRadius,
        }
      : undefined;
  const tag = measured.tag ? positionTag(box, measured.tag) : undefined;
  return {
    id: node.id,
    kind: node.kind,
    box,
    content,
    font: isList && hasHeading ? headingFont : measured.font,
    lines,
    pinned: node.position !== undefined,
    ...(node.parent === undefined ? {} : { parent: node.parent }),
    ...(side === undefined ? {} : { side }),
    ...(badge ? { badge } : {}),
    ...(node.url === undefined ? {} : { url: node.url }),
    ...(isList ? { items } : {}),
    ...(tag ? { tag } : {}),
    ...(node.appearance ? { appearance: node.appearance } : {}),
  };
}

/** A button's tag: across the top border, near the right end. */
function positionTag(box: Box, tag: NonNullable<MeasuredNode['tag']>): PositionedTag {
  const x = Math.max(box.x, box.x + box.width - tag.width - 8);
  const tagBox = roundBox({ x, y: box.y - tag.height / 2, width: tag.width, height: tag.height });
  const { rows } = placeRows(tagBox, { x: 4, y: 2 }, tag.text, 'center');
  return {
    box: tagBox,
    font: tag.text.rows[0]?.font ?? { size: 11, weight: 'bold' },
    lines: rows.flatMap((row) => roundLines(row.lines)),
  };
}
