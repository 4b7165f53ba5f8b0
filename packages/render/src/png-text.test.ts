import { Resvg } from '@resvg/resvg-js';
import { createMeasurer } from '@roadmapkit/fonts';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { fixture, layout } from '../test/pipeline.js';
import { preparePng, renderPng } from './png.js';
import { drawInBands } from './png-bands.js';
import { liftText, outlineText } from './png-text.js';
import { renderSvg } from './render-svg.js';

const measurer = createMeasurer();
const STYLE =
  '<style>.rk-p0{font-size:20px;font-weight:400;fill:#112233}.rk-p1{font-size:20px;font-weight:400;fill:red}</style>';

/** A 200 × 100 picture in our markup: a white background, `body`, in that order. */
const picture = (body: string, root = 'width="200" height="100" viewBox="0 0 200 100"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" ${root}>${STYLE}<rect width="200" height="100" fill="#ffffff"></rect>${body}</svg>`;
const line = (x: number, y: number, text = 'Hello') =>
  `<text class="rk-p0" x="${x}" y="${y}">${text}</text>`;

describe('liftText', () => {
  it('takes a plain line out of the SVG, in its colour and at its place', () => {
    const { svg, lines } = liftText(picture(line(20, 50)), measurer);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.color).toBe(0x112233);
    // Five glyphs from the line's start, on its baseline.
    expect(lines[0]?.glyphs).toHaveLength(5);
    expect(lines[0]?.glyphs[0]?.x).toBe(20);
    expect(lines[0]?.glyphs.every((glyph) => glyph.y === 50)).toBe(true);
    expect(svg).not.toMatch(/<text|<path/);
  });

  it('keeps a line that something drawn after it touches, as outlines', () => {
    const covered = liftText(
      picture(`${line(20, 50)}<rect x="40" y="30" width="20" height="30" fill="#ffffff"></rect>`),
      measurer,
    );
    expect(covered.lines).toHaveLength(0);
    expect(covered.svg).toMatch(/<g fill="#112233" transform="translate\(20 50\)"><path d="M/);
    // The same rectangle away from the line leaves it lifted.
    const apart = liftText(
      picture(`${line(20, 50)}<rect x="120" y="70" width="20" height="20"></rect>`),
      measurer,
    );
    expect(apart.lines).toHaveLength(1);
    // A later element with a transform or a marker may be anywhere: nothing before it lifts.
    for (const later of [
      '<rect x="150" y="80" width="5" height="5" transform="rotate(30)"></rect>',
      '<path d="M150 80L160 90" marker-end="url(#m)"></path>',
      '<use href="#x"></use>',
      // A stroke width from a group: the path's stroke may reach anywhere.
      '<g stroke-width="60"><path d="M150 80L160 90" stroke="#000000"></path></g>',
    ])
      expect(liftText(picture(line(20, 50) + later), measurer).lines).toHaveLength(0);
  });

  it('pads a later shape by what its paint reaches: a pixel for a fill, more for a stroke', () => {
    const [hello] = liftText(picture(line(20, 50)), measurer).lines;
    const last = hello?.glyphs.at(-1);
    if (!last) throw new Error('no glyphs');
    const right = last.x + last.scale * last.outline.right;
    // A filled square 2.5 px right of the last glyph's ink: apart, the line is lifted.
    const square = (paint: string) =>
      `<rect x="${right + 2.5}" y="35" width="10" height="10" ${paint}></rect>`;
    expect(liftText(picture(line(20, 50) + square('fill="#ff0000"')), measurer).lines).toHaveLength(
      1,
    );
    // Stroked 2 px wide (and miter joins): it may reach the line.
    const stroked = square('fill="#ff0000" stroke="#000000" stroke-width="2"');
    expect(liftText(picture(line(20, 50) + stroked), measurer).lines).toHaveLength(0);
    // A width in other units is not read: the square may be anywhere.
    const far = `<rect x="150" y="80" width="5" height="5" stroke="#000000" stroke-width="0.1em"></rect>`;
    expect(liftText(picture(line(20, 50) + far), measurer).lines).toHaveLength(0);
  });

  it('keeps the order of lines: one under a later line that stays is not lifted', () => {
    // Two liftable lines crossing: both lifted, drawn in order.
    expect(liftText(picture(line(20, 50) + line(30, 55)), measurer).lines).toHaveLength(2);
    // The later one under an opacity stays in the SVG: the earlier one must stay under it.
    const kept = liftText(picture(`${line(20, 50)}<g opacity="0.5">${line(30, 55)}</g>`), measurer);
    expect(kept.lines).toHaveLength(0);
    // A later line with an emoji stays with resvg (its picture has colours of its own).
    const emoji = liftText(picture(line(20, 50) + line(30, 55, 'Go 🚀')), measurer);
    expect(emoji.lines).toHaveLength(0);
    expect(emoji.svg).toContain('<svg ');
    // Far apart, the first is lifted and the faded one stays.
    const apart = liftText(
      picture(`${line(20, 30)}<g opacity="0.5">${line(30, 90)}</g>`),
      measurer,
    );
    expect(apart.lines).toHaveLength(1);
    expect(apart.svg).toMatch(
      /<g opacity="0.5"><g fill="#112233" transform="translate\(30 90\)"><path d="M/,
    );
  });

  it('lifts nothing it cannot draw the same: effects, other colours, scaled roots, other CSS', () => {
    for (const body of [
      `<g opacity="0.5">${line(20, 50)}</g>`,
      `<g clip-path="url(#c)">${line(20, 50)}</g>`,
      `<g transform="translate(5 5)">${line(20, 50)}</g>`,
      '<text class="rk-p1" x="20" y="50">Hello</text>',
      '<text class="rk-p0" x="20" y="50" stroke="#000000">Hello</text>',
    ])
      expect(liftText(picture(body), measurer).lines, body).toHaveLength(0);
    expect(
      liftText(picture(line(20, 50), 'width="400" height="200" viewBox="0 0 200 100"'), measurer)
        .lines,
    ).toHaveLength(0);
    const css = picture(line(20, 50)).replace('</style>', 'text{opacity:0.5}</style>');
    expect(liftText(css, measurer).lines).toHaveLength(0);
  });
});

/** Decoded PNG pixels (straight RGBA). */
const decode = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));

describe('PNG text from glyph masks', () => {
  it('looks as resvg filling every outline: the same ink, only edge pixels a little apart', async () => {
    const doc = fixture('features.yaml');
    const svg = renderSvg(await layout(doc), { roadmap: doc });
    for (const scale of [1, 2.5]) {
      const drawn = decode(renderPng(svg, { measurer, scale }));
      // Each line's baseline on the canvas's pixel grid, as glyph masks place it (the canvas
      // is the picture times the scale, rounded: so is the zoom down).
      const zoom = drawn.height / Number(/<svg\b[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
      const snapped = svg.replace(
        /(<(?:text|tspan)\b[^>]*\sy=")([\d.]+)"/g,
        (_, head: string, y: string) => `${head}${Math.round(Number(y) * zoom) / zoom}"`,
      );
      const reference = new Resvg(outlineText(snapped, measurer), {
        fitTo: { mode: 'zoom', value: scale },
        font: { fontFiles: [], loadSystemFonts: false },
        shapeRendering: 2,
      }).render();
      expect([drawn.width, drawn.height]).toEqual([reference.width, reference.height]);
      const expected = reference.pixels;
      let ink = 0;
      let expectedInk = 0;
      let far = 0;
      for (let i = 0; i < expected.length; i += 4) {
        for (let c = 0; c < 3; c++) {
          ink += 255 - (drawn.data[i + c] as number);
          expectedInk += 255 - (expected[i + c] as number);
        }
        if (Math.abs((drawn.data[i] as number) - (expected[i] as number)) > 64) far++;
      }
      expect(Math.abs(ink / expectedInk - 1)).toBeLessThan(0.005);
      expect(far / (expected.length / 4), `scale ${scale}`).toBeLessThan(0.0005);
    }
  });

  it('keeps a veil drawn over a line over it (the line is not drawn last)', async () => {
    // A white veil at 70% over black text: the darkest pixel there is light grey, not black.
    const svg = picture(
      `${line(20, 50)}<rect x="10" y="20" width="120" height="50" fill="#ffffff" fill-opacity="0.7"></rect>`,
    );
    const png = decode(renderPng(svg, { measurer }));
    let darkest = 255;
    for (let y = 30; y < 55; y++)
      for (let x = 20; x < 80; x++)
        darkest = Math.min(darkest, png.data[(y * 200 + x) * 4] as number);
    expect(darkest).toBeGreaterThan(150);
    expect(darkest).toBeLessThan(230);
  });

  it('draws lines cut by band edges as in one piece', async () => {
    const body = Array.from({ length: 12 }, (_, i) =>
      line(10 + (i % 3) * 7.3, 8 + i * 7.9, 'Band'),
    ).join('');
    const svg = picture(body);
    const whole = renderPng(svg, { measurer, scale: 3 });
    const { resvg, lines } = preparePng(svg, { measurer, scale: 3 });
    expect(lines).toHaveLength(12);
    // Bands of 37 rows: most lines are cut by a band edge.
    const banded = await drawInBands(
      resvg,
      { width: 200, height: 100 },
      { width: 600, height: 300 },
      37,
      lines,
    );
    // The same pixels (the files differ: each band is compressed on its own).
    expect(Buffer.from(decode(banded).data).equals(Buffer.from(decode(whole).data))).toBe(true);
  });
});
