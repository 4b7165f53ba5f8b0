/// <reference path="./svgdom.d.ts" />

import { fontFamily, fontFamilyStack, loadFontData, subsetFont } from '@roadmapkit/fonts';
import type { PositionedRoadmap } from '@roadmapkit/layout';
import type { RoadmapDocument } from '@roadmapkit/schema';
import { createSVGWindow } from 'svgdom';
import { assertSafe } from './assert-safe.js';
import type { ChangeMarks } from './svg/change-marks.js';
import { renderSvgWith } from './svg/render-svg-core.js';
import type { ThemeInput } from './theme.js';

export interface RenderSvgOptions {
  /** The document the layout came from: accessible names, the description and content links. */
  readonly roadmap?: RoadmapDocument;
  /** light (default), dark, auto (both, switched by prefers-color-scheme) or a custom theme. */
  readonly theme?: ThemeInput | 'auto';
  /** Embed the bundled fonts (subset to the text used) as `@font-face`. Default false. */
  readonly embedFonts?: boolean;
  /** Where a node with content but no URL links to (the HTML page passes `#topic-<id>`). */
  readonly contentHref?: (id: string) => string | undefined;
  /**
   * Marks for a picture of a change, by node id: `added` boxes outlined green, `changed`
   * amber, `removed` drawn as dashed ghosts; a key is drawn under the picture.
   */
  readonly marks?: ChangeMarks;
}

/** Every text the picture draws, to subset the fonts to. */
function drawnText(positioned: PositionedRoadmap): string {
  const parts: string[] = [];
  const add = (lines: ReadonlyArray<{ text: string }>) => {
    for (const line of lines) parts.push(line.text);
  };
  add(positioned.title.lines);
  for (const callout of positioned.callouts) {
    add(callout.lines);
    add(callout.link.lines);
  }
  for (const item of positioned.legend?.items ?? []) add(item.lines);
  for (const section of positioned.sections) add(section.lines);
  for (const node of positioned.nodes) {
    add(node.lines);
    for (const item of node.items ?? []) add(item.lines);
    if (node.tag) add(node.tag.lines);
  }
  return parts.join('');
}

function fontFaceCss(positioned: PositionedRoadmap): string {
  const text = drawnText(positioned);
  const fonts = loadFontData();
  const face = (data: Uint8Array, weight: number) =>
    `@font-face { font-family: ${fontFamily}; font-weight: ${weight}; src: url(data:font/ttf;base64,${Buffer.from(subsetFont(data, text)).toString('base64')}) format('truetype') }`;
  return `${face(fonts.regular, 400)}\n${face(fonts.bold, 700)}\n`;
}

/**
 * Draws a positioned roadmap as an SVG string, with @svgdotjs/svg.js on svgdom. The same
 * input gives the same bytes; every user string is escaped; no script, no event handler.
 */
export function renderSvg(positioned: PositionedRoadmap, options: RenderSvgOptions = {}): string {
  const window = createSVGWindow();
  const svg = renderSvgWith(window, positioned, {
    fontFamily: fontFamilyStack,
    ...(options.roadmap ? { roadmap: options.roadmap } : {}),
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    ...(options.contentHref ? { contentHref: options.contentHref } : {}),
    ...(options.marks ? { marks: options.marks } : {}),
    ...(options.embedFonts ? { fontFaceCss: fontFaceCss(positioned) } : {}),
  });
  return assertSafe(svg);
}
