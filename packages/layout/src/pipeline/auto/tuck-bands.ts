import type { BandLayout } from './band-layout.js';

/** The rows a band's left side, topic and right side take, relative to the band's top. */
export interface BandProfile {
  readonly left: Span | undefined;
  readonly centre: Span;
  readonly right: Span | undefined;
}

interface Span {
  readonly top: number;
  readonly bottom: number;
}

/**
 * The rows each part of a band takes. A side starts no lower than its topic's middle, where
 * its connectors leave the topic, so the connectors of two bands never share a line.
 */
export function bandProfile(band: BandLayout, topicId: string): BandProfile {
  const topic = band.boxes.get(topicId);
  const centre = topic
    ? { top: topic.y, bottom: topic.y + topic.height }
    : { top: 0, bottom: band.height };
  const middle = (centre.top + centre.bottom) / 2;
  const half = topic ? topic.width / 2 : 0;
  let left: Span | undefined;
  let right: Span | undefined;
  const grow = (span: Span | undefined, top: number, bottom: number): Span => ({
    top: Math.min(span?.top ?? middle, top),
    bottom: Math.max(span?.bottom ?? middle, bottom),
  });
  const parts = [...band.boxes, ...band.frames.map((f) => [f.id, f.box] as const)];
  for (const [id, box] of parts) {
    if (id === topicId) continue;
    if (box.x + box.width <= -half) left = grow(left, box.y, box.y + box.height);
    else if (box.x >= half) right = grow(right, box.y, box.y + box.height);
    else return { left: undefined, centre: { top: 0, bottom: band.height }, right: undefined };
  }
  return { left, centre, right };
}

/**
 * Moves each band up as far as it can go (never down, never above the band before it):
 * each part of it (left side, topic, right side) keeps `gap` below the lowest box of that
 * part in the bands above. A band of `locked` (a section frame starts or ends there) keeps
 * its place and holds the bands below it under its whole height.
 */
export function tuckBands(
  tops: readonly number[],
  heights: readonly number[],
  profiles: readonly BandProfile[],
  locked: readonly boolean[],
  gap: number,
): number[] {
  const out: number[] = [];
  let floor = { left: -Infinity, centre: -Infinity, right: -Infinity };
  let lift = 0;
  profiles.forEach((profile, i) => {
    const stacked = (tops[i] ?? 0) - lift;
    let top = stacked;
    const previous = out[i - 1];
    if (!locked[i] && !(i > 0 && locked[i - 1]) && previous !== undefined) {
      top = Math.max(
        previous,
        floor.centre + gap - profile.centre.top,
        profile.left ? floor.left + gap - profile.left.top : -Infinity,
        profile.right ? floor.right + gap - profile.right.top : -Infinity,
      );
      top = Math.min(top, stacked);
    }
    lift += stacked - top;
    out.push(top);
    const h = heights[i] ?? 0;
    if (locked[i]) floor = { left: top + h, centre: top + h, right: top + h };
    else
      floor = {
        left: Math.max(floor.left, top + (profile.left?.bottom ?? -Infinity)),
        centre: Math.max(floor.centre, top + profile.centre.bottom),
        right: Math.max(floor.right, top + (profile.right?.bottom ?? -Infinity)),
      };
  });
  return out;
}
