import type { Resvg, ResvgRenderOptions } from '@resvg/resvg-js';
import { type Outline, outlineData } from './outline-text.js';

/** A glyph to draw: its outline, font units to px, and its origin (baseline start) in px. */
export interface LiftedGlyph {
  readonly outline: Outline;
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** A line of glyphs in one opaque colour (`0xRRGGBB`), in the picture's own units. */
export interface LiftedLine {
  readonly color: number;
  readonly glyphs: readonly LiftedGlyph[];
}

/**
 * A glyph's coverage (0–255 a pixel) as the rasterizer draws it at one size and one
 * sub-pixel phase: `left`/`top` place its first pixel relative to the glyph's whole-pixel
 * origin.
 */
interface Mask {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly alpha: Uint8Array;
}

/**
 * A glyph's place is rounded to a quarter of a pixel across and to a whole pixel down, as
 * browsers' glyph caches place horizontal text: one of 4 masks a glyph and size, so the
 * first picture draws few masks, and baselines sit on the pixel grid. A glyph moves at most
 * an eighth of a pixel across and half a pixel down; a line's glyphs move down together.
 */
const PHASES_X = 4;
const PHASES_Y = 1;
/** The atlas a batch of new masks is drawn on is at most this wide, in px. */
const ATLAS_WIDTH = 1024;
/** Bounds on the memory glyph masks take. */
export interface GlyphMaskLimits {
  /** The most pixels drawn on one atlas (more new masks: more atlases). Default 4 million. */
  readonly atlasPixels?: number;
  /** The most bytes of masks kept: past it, the masks kept are let go. Default 32 MB. */
  readonly keptBytes?: number;
}

type ResvgClass = new (svg: string, options?: ResvgRenderOptions) => Resvg;

interface Wanted {
  readonly outline: Outline;
  readonly scale: number;
  /** `phaseX * PHASES_Y + phaseY`. */
  readonly phase: number;
}

/**
 * A wanted mask's cell: the glyph's offset in its pixel (`dx`, `dy`), and the box of its
 * pixels, one of margin around, from the glyph's origin.
 */
interface Cell {
  readonly want: Wanted;
  readonly dx: number;
  readonly dy: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * A glyph's place on the canvas: its whole pixel, its phase (the quarter pixel across), and
 * its mask once found (kept here: the cache may let it go while new masks are drawn).
 */
interface Place {
  readonly x: number;
  readonly y: number;
  readonly phase: number;
  mask: Mask | undefined;
}

/**
 * Coverage masks of glyphs, drawn by resvg itself (so a glyph looks exactly as when resvg
 * fills its outline in the picture) and kept for every later picture: a roadmap's text is a
 * few dozen glyphs at two or three sizes, so each mask serves many glyphs. Filling every
 * outline anew was most of a PNG's drawing time; copying a mask is a fraction of it.
 */
export class GlyphMasks {
  /** Per outline, per size (font units to canvas px), the mask of each phase. */
  private byOutline = new WeakMap<Outline, Map<number, (Mask | undefined)[]>>();
  /** The bytes of the masks kept. */
  private kept = 0;
  private readonly atlasPixels: number;
  private readonly keptBytes: number;

  constructor(
    private readonly Resvg: ResvgClass,
    private readonly options: ResvgRenderOptions,
    limits: GlyphMaskLimits = {},
  ) {
    this.atlasPixels = limits.atlasPixels ?? 4_000_000;
    this.keptBytes = limits.keptBytes ?? 32 * 1024 * 1024;
  }

  private mask(outline: Outline, scale: number, phase: number): Mask | undefined {
    return this.byOutline.get(outline)?.get(scale)?.[phase];
  }

  /**
   * Draws `lines` over a band of premultiplied RGBA pixels (resvg's canvas): `zoom` and
   * `zoomY` canvas pixels a picture unit across and down, the band's first row being canvas
   * row `top`, `rows` rows tall.
   */
  composite(
    lines: readonly LiftedLine[],
    pixels: Uint8Array,
    width: number,
    top: number,
    rows: number,
    zoom: number,
    zoomY = zoom,
  ): void {
    // Each glyph's place, and the masks no earlier picture drew, drawn together on one atlas.
    const places: Place[][] = [];
    const missing = new Map<Outline, Map<number, Set<number>>>();
    for (const line of lines) {
      const placed: Place[] = [];
      for (const glyph of line.glyphs) {
        const qx = Math.round(glyph.x * zoom * PHASES_X);
        const qy = Math.round(glyph.y * zoomY * PHASES_Y);
        const x = Math.floor(qx / PHASES_X);
        const y = Math.floor(qy / PHASES_Y);
        const phase = (qx - x * PHASES_X) * PHASES_Y + (qy - y * PHASES_Y);
        const scale = glyph.scale * zoom;
        const mask = this.mask(glyph.outline, scale, phase);
        placed.push({ x, y, phase, mask });
        if (mask !== undefined) continue;
        let sizes = missing.get(glyph.outline);
        if (sizes === undefined) {
          sizes = new Map();
          missing.set(glyph.outline, sizes);
        }
        let phases = sizes.get(scale);
        if (phases === undefined) {
          phases = new Set();
          sizes.set(scale, phases);
        }
        phases.add(phase);
      }
      places.push(placed);
    }
    if (missing.size > 0) {
      const wanted: Wanted[] = [];
      for (const [outline, sizes] of missing)
        for (const [scale, phases] of sizes)
          for (const phase of phases) wanted.push({ outline, scale, phase });
      this.draw(wanted);
    }
    lines.forEach((line, i) => {
      const red = line.color >>> 16;
      const green = (line.color >>> 8) & 0xff;
      const blue = line.color & 0xff;
      const placed = places[i] as Place[];
      line.glyphs.forEach((glyph, j) => {
        const place = placed[j] as Place;
        const mask = place.mask ?? this.mask(glyph.outline, glyph.scale * zoom, place.phase);
        if (mask === undefined) return;
        blend(
          mask,
          pixels,
          width,
          place.x + mask.left,
          place.y + mask.top - top,
          rows,
          red,
          green,
          blue,
        );
      });
    });
  }

  /**
   * Draws the wanted masks on atlases of at most `atlasPixels` and keeps them. When they would
   * take the masks kept past `keptBytes`, those are let go first (the picture being drawn
   * holds the ones it found).
   */
  private draw(missing: readonly Wanted[]): void {
    // Each mask's cell: the outline's box at its size and phase, one pixel of margin around
    // (for the edge pixels' partial coverage).
    const cells = missing.map((want): Cell => {
      const { outline, scale } = want;
      const dx = Math.floor(want.phase / PHASES_Y) / PHASES_X;
      const dy = (want.phase % PHASES_Y) / PHASES_Y;
      const left = Math.floor(dx + scale * outline.left) - 1;
      const right = Math.ceil(dx + scale * outline.right) + 1;
      const top = Math.floor(dy - scale * outline.top) - 1;
      const bottom = Math.ceil(dy - scale * outline.bottom) + 1;
      return { want, dx, dy, left, top, width: right - left, height: bottom - top };
    });
    const bytes = cells.reduce((sum, cell) => sum + cell.width * cell.height, 0);
    if (this.kept > 0 && this.kept + bytes > this.keptBytes) {
      this.byOutline = new WeakMap();
      this.kept = 0;
    }
    this.kept += bytes;
    let batch: Cell[] = [];
    let pixels = 0;
    for (const cell of cells) {
      const area = (cell.width + 1) * (cell.height + 1);
      if (batch.length > 0 && pixels + area > this.atlasPixels) {
        this.drawAtlas(batch);
        batch = [];
        pixels = 0;
      }
      batch.push(cell);
      pixels += area;
    }
    if (batch.length > 0) this.drawAtlas(batch);
  }

  /** Draws cells on one atlas, in rows with a pixel between cells, and keeps their masks. */
  private drawAtlas(cells: readonly Cell[]): void {
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let atlasWidth = 1;
    const placed = cells.map((cell) => {
      if (x > 0 && x + cell.width > ATLAS_WIDTH) {
        x = 0;
        y += rowHeight + 1;
        rowHeight = 0;
      }
      const at = { ...cell, x, y };
      x += cell.width + 1;
      rowHeight = Math.max(rowHeight, cell.height);
      atlasWidth = Math.max(atlasWidth, x);
      return at;
    });
    const atlasHeight = Math.max(1, y + rowHeight);
    const paths = placed.map((cell) => {
      const { outline, scale } = cell.want;
      const originX = cell.x - cell.left + cell.dx;
      const originY = cell.y - cell.top + cell.dy;
      return `<path transform="matrix(${scale} 0 0 ${-scale} ${originX} ${originY})" d="${outlineData(outline)}"/>`;
    });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${atlasWidth}" height="${atlasHeight}" viewBox="0 0 ${atlasWidth} ${atlasHeight}">${paths.join('')}</svg>`;
    const image = new this.Resvg(svg, this.options).render();
    const pixels = image.pixels;
    const stride = image.width * 4;
    for (const cell of placed) {
      const alpha = new Uint8Array(cell.width * cell.height);
      for (let row = 0; row < cell.height; row++) {
        const from = (cell.y + row) * stride + cell.x * 4 + 3;
        for (let column = 0; column < cell.width; column++)
          alpha[row * cell.width + column] = pixels[from + column * 4] as number;
      }
      const { outline, scale, phase } = cell.want;
      let sizes = this.byOutline.get(outline);
      if (sizes === undefined) {
        sizes = new Map();
        this.byOutline.set(outline, sizes);
      }
      let phases = sizes.get(scale);
      if (phases === undefined) {
        phases = [];
        sizes.set(scale, phases);
      }
      phases[phase] = {
        width: cell.width,
        height: cell.height,
        left: cell.left,
        top: cell.top,
        alpha,
      };
    }
  }
}

/**
 * Source-over of an opaque colour through a coverage mask onto premultiplied RGBA pixels,
 * clipped to the band: `x`, `y` are the mask's first pixel in the band.
 */
function blend(
  mask: Mask,
  pixels: Uint8Array,
  width: number,
  x: number,
  y: number,
  rows: number,
  red: number,
  green: number,
  blue: number,
): void {
  const fromRow = Math.max(0, -y);
  const toRow = Math.min(mask.height, rows - y);
  const fromColumn = Math.max(0, -x);
  const toColumn = Math.min(mask.width, width - x);
  const { alpha } = mask;
  for (let row = fromRow; row < toRow; row++) {
    let source = row * mask.width + fromColumn;
    let target = ((y + row) * width + x + fromColumn) * 4;
    for (let column = fromColumn; column < toColumn; column++, source++, target += 4) {
      const cover = alpha[source] as number;
      if (cover === 0) continue;
      if (cover === 255) {
        pixels[target] = red;
        pixels[target + 1] = green;
        pixels[target + 2] = blue;
        pixels[target + 3] = 255;
        continue;
      }
      const keep = 255 - cover;
      pixels[target] = div255(red * cover + (pixels[target] as number) * keep);
      pixels[target + 1] = div255(green * cover + (pixels[target + 1] as number) * keep);
      pixels[target + 2] = div255(blue * cover + (pixels[target + 2] as number) * keep);
      pixels[target + 3] = div255(255 * cover + (pixels[target + 3] as number) * keep);
    }
  }
}

/** `value / 255`, rounded, for 0 ≤ value ≤ 255 × 255. */
function div255(value: number): number {
  return ((value + 128) * 257) >>> 16;
}
