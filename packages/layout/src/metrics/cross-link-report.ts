import { segmentsCross, sharedLength } from '../geometry/segment-index.js';
import type { Point, PositionedEdge, PositionedRoadmap } from '../positioned-roadmap.js';

/** How the document's own edges (cross-links) sit among the other lines. */
export interface CrossLinkReport {
  /** Lines of other edges the cross-links cross, in all. */
  readonly crossings: number;
  /** The longest cross-link, in px. */
  readonly longest: number;
  /** All cross-links together, in px. */
  readonly total: number;
  /** The most px a cross-link runs within 6 px (gap between strokes) of another line. */
  readonly longestNearRun: number;
  /**
   * The largest ratio of a cross-link's length to the distance between its two ends (along
   * the axes): 1 for a straight or L-shaped link, large for one that goes round the picture.
   */
  readonly detour: number;
  /** Cross-links with a point inside the canvas margin. */
  readonly inMargin: number;
  /** Cross-links that cross the spine with both ends on one side of it. */
  readonly crossSpine: number;
  /**
   * The longest straight run of a cross-link along the edge of the picture (within twice the
   * margin of the canvas border): large for a link that goes round the picture.
   */
  readonly edgeRun: number;
  /** Each cross-link: its length, detour (as `detour`) and longest run along the edge. */
  readonly links: ReadonlyArray<{
    readonly from: string;
    readonly to: string;
    readonly length: number;
    readonly detour: number;
    readonly edgeRun: number;
  }>;
}

const segments = (edge: PositionedEdge): Array<[Point, Point]> =>
  edge.points.slice(1).map((b, i) => [edge.points[i] as Point, b]);

const length = (edge: PositionedEdge): number =>
  segments(edge).reduce((sum, [a, b]) => sum + Math.abs(a.x - b.x) + Math.abs(a.y - b.y), 0);

/**
 * Measures the cross-links: crossings with other edges, length, runs beside other lines
 * (centre lines within `near` px: 6 px between two 3.5 px strokes is 9.5), points inside
 * the margin, and crossings of the spine between two boxes on the same side.
 */
export function crossLinkReport(
  positioned: Pick<PositionedRoadmap, 'edges' | 'width' | 'height' | 'nodes'>,
  margin: number,
  near = 9.5,
): CrossLinkReport {
  const links = positioned.edges.filter((e) => e.origin === 'explicit');
  const side = new Map(positioned.nodes.map((n) => [n.id, n.side]));
  const spine = positioned.edges.filter((e) => e.origin === 'spine').flatMap(segments);
  let crossings = 0;
  let longestNearRun = 0;
  let inMargin = 0;
  let crossSpine = 0;
  for (const link of links) {
    const own = segments(link);
    for (const other of positioned.edges) {
      if (other === link) continue;
      const theirs = segments(other);
      for (const [a, b] of own) {
        let nearRun = 0;
        for (const [c, d] of theirs) {
          if (segmentsCross(a, b, c, d)) crossings++;
          nearRun += sharedLength(a, b, c, d, near);
        }
        longestNearRun = Math.max(longestNearRun, nearRun);
      }
    }
    const outside = (p: Point) =>
      p.x < margin ||
      p.y < margin ||
      p.x > positioned.width - margin ||
      p.y > positioned.height - margin;
    if (link.points.some(outside)) inMargin++;
    const [s, t] = [side.get(link.from), side.get(link.to)];
    if (
      !(s && t && s !== t) &&
      own.some(([a, b]) => spine.some(([c, d]) => segmentsCross(a, b, c, d)))
    )
      crossSpine++;
  }
  const detour = (link: PositionedEdge): number => {
    const a = link.points[0];
    const b = link.points[link.points.length - 1];
    const apart = a && b ? Math.abs(a.x - b.x) + Math.abs(a.y - b.y) : 0;
    return apart > 0 ? length(link) / apart : 1;
  };
  const band = 2 * margin;
  const edgeRun = (link: PositionedEdge): number => {
    let longest = 0;
    for (const [a, b] of segments(link)) {
      const vertical = a.x === b.x;
      const horizontal = a.y === b.y;
      const alongSide = vertical && (a.x < band || a.x > positioned.width - band);
      const alongEnd = horizontal && (a.y < band || a.y > positioned.height - band);
      if (alongSide || alongEnd)
        longest = Math.max(longest, Math.abs(a.x - b.x) + Math.abs(a.y - b.y));
    }
    return longest;
  };
  return {
    crossings,
    edgeRun: Math.max(0, ...links.map(edgeRun)),
    links: links.map((link) => ({
      from: link.from,
      to: link.to,
      length: length(link),
      detour: detour(link),
      edgeRun: edgeRun(link),
    })),
    detour: Math.max(1, ...links.map(detour)),
    longest: Math.max(0, ...links.map(length)),
    total: links.reduce((sum, link) => sum + length(link), 0),
    longestNearRun,
    inMargin,
    crossSpine,
  };
}
