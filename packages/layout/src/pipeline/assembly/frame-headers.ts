import { circleBox } from '../../geometry/box.js';
import { round2, roundBox } from '../../geometry/round.js';
import { createSpatialIndex } from '../../geometry/spatial-index.js';
import type {
  Box,
  PositionedFrameHeader,
  PositionedNode,
  TextLine,
} from '../../positioned-roadmap.js';
import type { ResolvedOptions } from '../../resolve-options.js';
import { measureText } from '../../text/measure-text.js';
import { frameHeaderFont, HEADER_BADGE_GAP, HEADER_INSET } from '../auto/frame-headers.js';
import type { PlacedFrame } from '../auto/group-frames.js';

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The headers of the frames on the canvas, by frame (undefined for a frame without one): each
 * frame's label (`labels`, by frame id) on one line in the room the frame keeps for it (just
 * below the frame's top, between its side pads), starting at the left (a
 * right-to-left label at the right), and ending before any box, badge or tag that reaches into
 * that room. A label longer than the room is cut short with "…"; a frame with no header room,
 * or where not even "…" fits, has none.
 */
export function positionFrameHeaders(
  frames: readonly PlacedFrame[],
  labels: (id: string) => string | undefined,
  nodes: readonly PositionedNode[],
  options: ResolvedOptions,
): Array<PositionedFrameHeader | undefined> {
  if (!frames.some((frame) => frame.header > 0)) return frames.map(() => undefined);
  const parts = reachingParts(nodes);
  const index = createSpatialIndex(parts);
  const height = options.measurer.lineHeight(frameHeaderFont(options).size);
  return frames.map((frame) => {
    const label = labels(frame.id);
    if (frame.header <= 0 || !label || label.trim() === '') return undefined;
    const { box } = frame;
    const top = box.y + HEADER_INSET;
    const bottom = top + height;
    let start = box.x + frame.sidePad;
    let end = box.x + box.width - frame.sidePad;
    const middle = (start + end) / 2;
    const room = { x: start, y: top, width: end - start, height };
    for (const k of index.queryBox(room)) {
      const part = parts[k];
      if (!part || part.y >= bottom || part.y + part.height <= top) continue;
      if (part.x >= end || part.x + part.width <= start) continue;
      if (part.x + part.width / 2 >= middle) end = Math.min(end, part.x - HEADER_BADGE_GAP);
      else start = Math.max(start, part.x + part.width + HEADER_BADGE_GAP);
    }
    const fitted = fitLine(label, end - start, options);
    if (!fitted) return undefined;
    const { row, line } = fitted;
    const x = row.direction === 'rtl' ? end - line.width : start;
    const text: TextLine = {
      text: line.text,
      x: round2(x),
      y: round2(top + row.baseline),
      width: round2(line.width),
    };
    return {
      font: row.font,
      lines: [text],
      box: roundBox({ x, y: top, width: line.width, height }),
    };
  });
}

/** Every node's box, badge and tag. */
function reachingParts(nodes: readonly PositionedNode[]): Box[] {
  const out: Box[] = [];
  for (const node of nodes) {
    out.push(node.box);
    if (node.badge) out.push(circleBox(node.badge.center, node.badge.radius));
    if (node.tag) out.push(node.tag.box);
  }
  return out;
}

/** `label` measured on one line, cut short with "…" until it is no wider than `room`. */
function fitLine(label: string, room: number, options: ResolvedOptions) {
  const font = frameHeaderFont(options);
  const measure = (text: string) => {
    const row = measureText(options.measurer, [{ text, font }], Infinity, 0).rows[0];
    const line = row?.lines[0];
    return row && line && row.lines.length === 1 ? { row, line } : undefined;
  };
  if (room <= 0) return undefined;
  const text = label.replace(/\s+/g, ' ').trim();
  const whole = measure(text);
  if (whole && whole.line.width <= room) return whole;
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  // The longest start of the label that fits with the ellipsis.
  let low = 0;
  let high = parts.length - 1;
  let best: ReturnType<typeof measure>;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const tried = measure(`${parts.slice(0, mid).join('').trimEnd()}${ELLIPSIS}`);
    if (tried && tried.line.width <= room) {
      best = tried;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}
