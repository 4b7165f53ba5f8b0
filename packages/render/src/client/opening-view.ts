/** The smallest label, in CSS px on screen, that the picture opens at. */
export const READABLE_PX = 9;

/** What the page knows of its picture before any layout: written by the build on the stage. */
export interface PictureFacts {
  readonly width: number;
  readonly height: number;
  /** The smallest label of a topic or subtopic, in picture units (CSS px at scale 1). */
  readonly labelPx: number;
  /** The first topic's box (the top of the spine), if the picture has topics. */
  readonly first:
    | { readonly x: number; readonly y: number; readonly w: number; readonly h: number }
    | undefined;
}

/** A view: the scale and the pan (picture units) that panzoom takes. */
export interface View {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** The pan that shows picture point (px, py) at viewport point (vx, vy) at a scale. */
export const viewAt = (scale: number, px: number, py: number, vx: number, vy: number): View => ({
  scale,
  x: vx / scale - px,
  y: vy / scale - py,
});

/** The scale at which the smallest label is {@link READABLE_PX} on screen. */
export const readableScale = (labelPx: number) =>
  Math.ceil((READABLE_PX / Math.min(14, labelPx > 0 ? labelPx : 14)) * 100) / 100;

/**
 * The view the picture opens at in a viewport `w` wide: the width of the window if labels stay
 * readable there, else readable at the top of the spine (the first topic, centred).
 */
export function openingView(picture: PictureFacts, w: number): View {
  const readable = readableScale(picture.labelPx);
  const { first } = picture;
  if (w / picture.width >= readable || first === undefined)
    return viewAt(Math.min(w / picture.width, 2), 0, 0, 0, 0);
  return viewAt(readable, first.x + first.w / 2, Math.max(0, first.y - 80), w / 2, 0);
}

/** The band of the picture (top and bottom, picture units) a viewport of w × h opens on. */
export function openingBand(picture: PictureFacts, w: number, h: number): [number, number] {
  const view = openingView(picture, w);
  return [-view.y, -view.y + h / view.scale];
}

/** The CSS transform panzoom writes for a view (the opening script writes the same). */
export const viewTransform = (view: View) =>
  `scale(${view.scale}) translate(${view.x}px, ${view.y}px)`;

/** The picture's box height under the page's bar (the opening script and the reader set it). */
export const heightUnderBar = (barPx: number) => `calc(100vh - ${barPx}px)`;
