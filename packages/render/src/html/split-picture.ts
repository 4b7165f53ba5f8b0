import type { PictureFacts } from '../client/opening-view.js';
import { attribute } from '../markup-attribute.js';
import { OWN_IDS } from '../svg/own-ids.js';
import { readPaintClasses } from '../svg/paint-classes.js';
import { cutLine, OPENING_SCREENS, pictureFacts } from './opening-cut.js';
import { children, openElement, type Piece } from './picture-parts.js';
import { type Box, meet, NOWHERE, pieceBox } from './piece-box.js';

/** The picture split for the page: what the first paint draws, and the rest over it. */
export interface SplitPicture {
  /** The picture with only the pieces that start above the cut (the whole root: size, style, title). */
  readonly opening: string;
  /** An `<svg>` of the same size and view box with the other pieces, drawn over the opening part. */
  readonly rest: string;
  /** Where it was cut (picture units); the picture's height when nothing is left for the rest. */
  readonly cut: number;
  /** Whether it was cut in two: false when the rest is empty (the opening part is the picture). */
  readonly split: boolean;
  readonly facts: PictureFacts;
}

/** Layers whose children are split (the others stay whole in the opening part). */
const LAYERS = ['rk-group-frames', 'rk-edges', 'rk-header', 'rk-nodes'];
/** What strokes (at most 5 px wide, focus rings) and anti-aliasing add around a box. */
const MARGIN = 4;

interface Placed {
  readonly piece: Piece;
  readonly box: Box;
  /** Its place in the picture's drawing order. */
  readonly order: number;
  opening: boolean;
}

/**
 * Splits our picture in two for the page's first paint: the opening part (every piece of the
 * frame, edge and node layers that starts above a cut, and everything else) and the rest. The
 * cut is the first gap between boxes (no node box or group frame crosses it) below the band
 * the picture opens on at each of {@link OPENING_SCREENS}. The rest is drawn over the whole
 * opening part, so a piece of the rest that meets a piece of the opening part drawn after it
 * moves to the opening part (until none does): the two parts draw the very same picture.
 * A picture that is not our markup is not split (the rest is empty).
 */
export function splitPicture(svg: string): SplitPicture {
  const { start, inner, end } = openElement(svg);
  const rootAttributes = start.slice(4, -1);
  const width = Number(attribute(rootAttributes, 'width'));
  const height = Number(attribute(rootAttributes, 'height'));
  const paint = readPaintClasses(svg);
  const fontSize = (classes: string) =>
    classes
      .split(/\s+/)
      .map((c) => Number.parseFloat(paint.get(c)?.get('font-size') ?? ''))
      .find(Number.isFinite);
  let pieces: Piece[];
  try {
    pieces = children(inner);
  } catch {
    pieces = [];
  }
  const layers = pieces.filter(
    (p) => p.tag === 'g' && LAYERS.includes(attribute(p.attributes, 'class') ?? ''),
  );
  // Each layer's children, read once: the facts take the node layer's, the split all of them.
  const layerChildren = new Map(
    layers.map((layer) => [layer, children(openElement(layer.markup).inner)]),
  );
  const nodes = layers.find((p) => attribute(p.attributes, 'class') === 'rk-nodes');
  const facts = pictureFacts(width, height, (nodes && layerChildren.get(nodes)) ?? [], fontSize);
  const whole = { opening: svg, rest: restSvg(start, ''), cut: height, split: false, facts };
  if (!(width > 0 && height > 0) || layers.length === 0) return whole;

  // Every piece in drawing order: the layers' children in place of their layer.
  const placed: Placed[] = [];
  const layerPieces = new Map<Piece, Placed[]>();
  for (const piece of pieces) {
    if (!layers.includes(piece)) {
      // Whole in the opening part; what draws nothing meets nothing.
      const box = ['title', 'desc', 'style'].includes(piece.tag)
        ? NOWHERE
        : pieceBox(piece.markup, fontSize);
      placed.push({ piece, box, order: placed.length, opening: true });
      continue;
    }
    const own = (layerChildren.get(piece) ?? []).map((child) => ({
      piece: child,
      box: pieceBox(child.markup, fontSize),
      order: placed.length,
      opening: true,
    }));
    own.forEach((p, i) => placed.push({ ...p, order: p.order + i }));
    layerPieces.set(piece, placed.slice(placed.length - own.length));
  }
  const cut = cutLine(
    facts,
    [...layerPieces.entries()]
      .filter(([p]) => attribute(p.attributes, 'class') !== 'rk-edges')
      .flatMap(([, own]) => own.map((p) => p.box)),
    MARGIN,
  );
  if (cut >= height) return whole;
  for (const p of placed) p.opening = p.box.top < cut;
  // A piece of the rest may not meet a piece of the opening part that is drawn after it.
  // (Only pieces of the opening part that reach below the rest's top can meet the rest.)
  for (let moved = true; moved; ) {
    moved = false;
    const top = Math.min(...placed.filter((p) => !p.opening).map((p) => p.box.top));
    const low = placed.filter((o) => o.opening && !(o.box.bottom + 2 * MARGIN <= top));
    for (const r of placed) {
      if (r.opening) continue;
      if (low.some((o) => o.order > r.order && meet(o.box, r.box, MARGIN))) {
        r.opening = true;
        low.push(r);
        moved = true;
      }
    }
  }
  const rebuild = (opening: boolean) =>
    pieces
      .map((piece) => {
        const own = layerPieces.get(piece);
        if (!own) return opening ? piece.markup : '';
        const kept = own.filter((p) => p.opening === opening).map((p) => p.piece.markup);
        if (!opening && kept.length === 0) return '';
        const layer = openElement(piece.markup);
        return `${layer.start}${kept.join('')}${layer.end}`;
      })
      .join('');
  const rest = rebuild(false);
  if (rest === '') return whole;
  return {
    opening: `${start}${rebuild(true)}${end}`,
    rest: restSvg(start, rest),
    cut,
    split: true,
    facts,
  };
}

/** The rest's `<svg>`: the root's size, view box and font, no name of its own. */
function restSvg(rootStart: string, content: string): string {
  const keep = ['xmlns', 'version', 'width', 'height', 'viewBox', 'font-family'];
  const attributes = keep
    .map((name) => [name, attribute(rootStart, name)])
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<svg${attributes} id="${OWN_IDS.rest}" class="rk-rest" role="none">${content}</svg>`;
}
