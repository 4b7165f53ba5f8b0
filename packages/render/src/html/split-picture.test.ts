import { describe, expect, it } from 'vitest';
import { layout } from '../../test/pipeline.js';
import { documentFrom, example, HOSTILE } from '../../test/sample.js';
import { renderSvg } from '../render-svg.js';
import { pieceBox } from './piece-box.js';
import { splitPicture } from './split-picture.js';

/** A picture in our renderer's shape: the layers, nodes as `<a>` with a box and a label. */
const picture = (frames: string, edges: string, nodes: string, height = 3000) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="${height}" viewBox="0 0 1000 ${height}" role="img" aria-labelledby="rk--doc-title"><title id="rk--doc-title">T</title><style>.rk-p1{font-size:14px;fill:#000}</style><rect width="1000" height="${height}" class="rk-background"></rect><g class="rk-group-frames">${frames}</g><g class="rk-edges">${edges}</g><g class="rk-nodes">${nodes}</g></svg>`;
const node = (id: string, y: number, kind = 'rk-topic', x = 400) =>
  `<a href="#topic-${id}" id="rk-${id}" class="${kind}" aria-label="${id}"><rect width="200" height="40" x="${x}" y="${y}" class="rk-box"></rect><text class="rk-p1" x="${x + 10}" y="${y + 25}">${id}</text></a>`;
const spine = (ys: number[]) => ys.map((y) => node(`t${y}`, y)).join('');
const ids = (svg: string) => [...svg.matchAll(/id="rk-(t\d+)"/g)].map((m) => m[1]);

describe('splitPicture', () => {
  it('cuts at the first gap below what the opening screens show; the rest is the same size, unnamed', () => {
    const ys = [100, 400, 800, 1200, 1600, 2000, 2400, 2800];
    const svg = picture('', '', spine(ys));
    const split = splitPicture(svg);
    // At 390 px the view opens readable (9 / 14 px) at the first topic: 734 / 0.65 px deep,
    // from y 20 down to about 1149; the first gap below is under the topic at 1200.
    expect(split.facts).toEqual({
      width: 1000,
      height: 3000,
      labelPx: 14,
      first: { x: 400, y: 100, w: 200, h: 40 },
    });
    expect(split.cut).toBeCloseTo(1244, 0);
    expect(split.split).toBe(true);
    expect(ids(split.opening)).toEqual(['t100', 't400', 't800', 't1200']);
    expect(ids(split.rest)).toEqual(['t1600', 't2000', 't2400', 't2800']);
    expect(split.opening).toContain('<title id="rk--doc-title">T</title><style>');
    expect(split.rest).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1000" height="3000" viewBox="0 0 1000 3000" id="rk--rest" class="rk-rest" role="none"><g class="rk-nodes"><a /,
    );
    expect(split.rest).not.toMatch(/<title|<style|rk-background|aria-labelledby/);
  });

  it('never cuts through a box: the cut waits for a gap', () => {
    // A group frame from 1100 to 2300 beside the spine: no gap until under it.
    const frame = '<rect width="200" height="1200" x="50" y="1100" class="rk-group-frame"></rect>';
    const nodes = spine([100, 600, 1100, 1400, 1700, 2000, 2700]);
    const split = splitPicture(picture(frame, '', nodes));
    expect(split.cut).toBeCloseTo(2304, 0);
    expect(ids(split.rest)).toEqual(['t2700']);
  });

  it('moves a piece of the rest that meets a piece of the opening part drawn after it', () => {
    // A frame below the cut that a long edge from the opening part crosses: drawn under the
    // edge in the whole picture, it must stay under it, so it joins the opening part. A frame
    // beside the edge stays in the rest, and so does the edge's end box (drawn after it).
    const frames =
      '<rect width="300" height="100" x="450" y="2000" class="rk-group-frame"></rect>' +
      '<rect width="100" height="100" x="50" y="2000" class="rk-group-frame"></rect>';
    const edges = '<path d="M500 140L500 2600" class="rk-edge"></path>';
    const split = splitPicture(picture(frames, edges, spine([100, 400, 800, 1200, 2600])));
    expect(split.cut).toBeLessThan(2000);
    expect(split.opening).toContain('x="450" y="2000"');
    expect(split.opening).toContain('M500 140L500 2600');
    expect(split.rest).toContain('x="50" y="2000"');
    expect(split.rest).not.toContain('x="450" y="2000"');
    expect(ids(split.rest)).toEqual(['t2600']);
  });

  it('leaves a picture that is not ours whole, with an empty rest', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const split = splitPicture(svg);
    expect(split.opening).toBe(svg);
    expect(split.split).toBe(false);
    expect(split.rest).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" id="rk--rest" class="rk-rest" role="none"></svg>',
    );
  });

  it('leaves a short picture whole (the opening screens show all of it)', () => {
    const svg = picture('', '', spine([100, 300, 500]), 700);
    expect(splitPicture(svg)).toMatchObject({ opening: svg, split: false, cut: 700 });
  });
});

describe('pieceBox', () => {
  const size = () => 10;
  it('covers rects, circles, paths and text runs (as wide as 0.7 em a character each side)', () => {
    expect(
      pieceBox(
        '<g><rect width="10" height="20" x="5" y="7"></rect><circle cx="50" cy="5" r="3"></circle></g>',
        size,
      ),
    ).toEqual({ top: 2, bottom: 27, left: 5, right: 53 });
    expect(pieceBox('<path d="M1 2L3 40H-5V1"></path>', size)).toEqual({
      top: 1,
      bottom: 40,
      left: -5,
      right: 3,
    });
    expect(pieceBox('<text class="x" x="100" y="50">abc</text>', size)).toEqual({
      top: 40,
      bottom: 54,
      left: 79,
      right: 121,
    });
  });
  it('takes what it cannot read to cover the whole picture, and what draws nothing to meet nothing', () => {
    expect(pieceBox('<path d="m1 2l3 4"></path>', size).top).toBe(Number.NEGATIVE_INFINITY);
    expect(pieceBox('<image href="x.png"></image>', size).bottom).toBe(Number.POSITIVE_INFINITY);
    expect(pieceBox('<g class="rk-lines"></g>', size).top).toBeNaN();
  });
});

describe('splitPicture on rendered pictures', () => {
  /** The pieces of a picture's split layers, each once, in drawing order within its layer. */
  const pieces = (svg: string) =>
    [...svg.matchAll(/<g class="(rk-[a-z-]+)">/g)].length > 0
      ? [...svg.matchAll(/<(a|g|rect|path) [^>]*?(?:id|d|y)="([^"]*)"/g)].map((m) => m[0])
      : [];
  it.each([
    ['the backend example', () => example('backend')],
    [
      'labels that break markup',
      () =>
        documentFrom(
          `schemaVersion: 1\nid: h\ntitle: ${JSON.stringify(HOSTILE)}\ntopics:\n${Array.from({ length: 40 }, (_, i) => `  - { id: t${i}, label: ${JSON.stringify(`${HOSTILE} ${i} >`)}, subtopics: [{ id: s${i}, label: ${JSON.stringify(`${HOSTILE} >`)} }] }`).join('\n')}\n`,
        ),
    ],
  ])('loses and repeats nothing of %s, and keeps its escaped text', async (_, doc) => {
    const roadmap = doc();
    const svg = renderSvg(await layout(roadmap), { roadmap, theme: 'auto' }).replace(
      /^<\?xml[^>]*>\s*/,
      '',
    );
    const split = splitPicture(svg);
    expect(split.cut).toBeLessThan(split.facts.height);
    const parts = [...pieces(split.opening), ...pieces(split.rest)].sort();
    expect(parts).toEqual(pieces(svg).sort());
    expect(parts.length).toBeGreaterThan(100);
    // The text of both parts is the picture's text: nothing unescaped, nothing lost.
    const text = (markup: string) => markup.replace(/<[^>]*>/g, '').length;
    expect(text(split.opening) + text(split.rest)).toBe(text(svg));
    expect(`${split.opening}${split.rest}`).not.toContain('<script');
  });
});
