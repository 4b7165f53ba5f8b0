import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';
import { openingView, type PictureFacts, viewAt } from './opening-view.js';

export interface Viewer {
  zoomIn(): void;
  zoomOut(): void;
  fitWidth(): void;
  fitPage(): void;
  /** Pans by a step of the viewport in a direction (keyboard panning). */
  panBy(dx: number, dy: number): void;
  /** Pans so that an element of the picture is in view (keyboard focus, search). */
  reveal(element: Element): void;
}

/**
 * Pan and zoom of the picture with @panzoom/panzoom (mouse drag, wheel, touch pinch), plus
 * the page's own buttons and keys. The picture opens at the width of the window, but never
 * smaller than readable labels, and at the top of the spine.
 */
export function createViewer(
  viewport: HTMLElement,
  stage: HTMLElement,
  picture: PictureFacts,
): Viewer {
  const { width, height } = picture;
  const size = () => ({ w: viewport.clientWidth, h: viewport.clientHeight });
  const box = (element: Element) => {
    const b = (element as SVGGraphicsElement).getBBox();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  };
  const widthView = () => viewAt(Math.min(size().w / width, 2), 0, 0, 0, 0);

  // Open where the opening script opened the picture's first part (the same view).
  const start = openingView(picture, size().w);
  const panzoom: PanzoomObject = Panzoom(stage, {
    canvas: true,
    origin: '0 0',
    minScale: 0.05,
    maxScale: 4,
    step: 0.2,
    cursor: 'grab',
    startScale: start.scale,
    startX: start.x,
    startY: start.y,
  });
  // Panzoom pans to the start on a timer: pan now, so the first paint already shows it.
  panzoom.pan(start.x, start.y, { animate: false, force: true });
  viewport.addEventListener('wheel', (event) => panzoom.zoomWithWheel(event), { passive: false });

  const show = (view: { scale: number; x: number; y: number }) => {
    panzoom.zoom(view.scale, { animate: false, force: true });
    panzoom.pan(view.x, view.y, { animate: false, force: true });
  };
  const fitWidth = () => show(widthView());
  const fitPage = () => {
    const { w, h } = size();
    show(viewAt(Math.min(w / width, h / height), width / 2, 0, w / 2, 0));
  };
  /** The part of the viewport the topic panel does not cover. */
  const free = () => {
    const { w, h } = size();
    const panel = document.getElementById('rk-panel');
    if (!panel || panel.hidden) return { w, h };
    const r = panel.getBoundingClientRect();
    const v = viewport.getBoundingClientRect();
    return r.left > v.left + 1
      ? { w: Math.max(120, r.left - v.left), h }
      : { w, h: Math.max(120, r.top - v.top) };
  };
  const reveal = (element: Element) => {
    const scale = panzoom.getScale();
    const { x: tx, y: ty } = panzoom.getPan();
    const { w, h } = free();
    const b = box(element);
    const left = (b.x + tx) * scale;
    const top = (b.y + ty) * scale;
    const margin = 16;
    const inside =
      left >= margin &&
      top >= margin &&
      left + b.w * scale <= w - margin &&
      top + b.h * scale <= h - margin;
    if (!inside) show(viewAt(scale, b.x + b.w / 2, b.y + b.h / 2, w / 2, h / 2));
  };

  return {
    zoomIn: () => panzoom.zoomIn({ animate: false }),
    zoomOut: () => panzoom.zoomOut({ animate: false }),
    fitWidth,
    fitPage,
    panBy: (dx, dy) => {
      const scale = panzoom.getScale();
      const { w: vw, h: vh } = size();
      panzoom.pan((-dx * vw) / 4 / scale, (-dy * vh) / 4 / scale, {
        relative: true,
        animate: false,
        force: true,
      });
    },
    reveal,
  };
}
