import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';

/** The smallest label, in CSS px on screen, that the picture opens at. */
const READABLE_PX = 9;

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
  svg: SVGSVGElement,
): Viewer {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const sizes = [...svg.querySelectorAll('.rk-topic text, .rk-subtopic text')].map((t) =>
    Number.parseFloat(getComputedStyle(t).fontSize),
  );
  const smallest = Math.min(14, ...sizes.filter((size) => size > 0));
  const readable = Math.ceil((READABLE_PX / smallest) * 100) / 100;
  const size = () => ({ w: viewport.clientWidth, h: viewport.clientHeight });
  const box = (element: Element) => {
    const b = (element as SVGGraphicsElement).getBBox();
    return { x: b.x, y: b.y, w: b.width, h: b.height };
  };
  /** The pan that shows picture point (px, py) at viewport point (vx, vy) at a scale. */
  const at = (scale: number, px: number, py: number, vx: number, vy: number) => ({
    scale,
    x: vx / scale - px,
    y: vy / scale - py,
  });
  const widthView = () => at(Math.min(size().w / width, 2), 0, 0, 0, 0);

  // Open: the width of the window if labels stay readable, else readable at the spine's top.
  const first = svg.querySelector('.rk-topic');
  const start = (() => {
    const { w } = size();
    if (w / width >= readable || first === null) return widthView();
    const b = box(first);
    return at(readable, b.x + b.w / 2, Math.max(0, b.y - 80), w / 2, 0);
  })();
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
    show(at(Math.min(w / width, h / height), width / 2, 0, w / 2, 0));
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
    if (!inside) show(at(scale, b.x + b.w / 2, b.y + b.h / 2, w / 2, h / 2));
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
