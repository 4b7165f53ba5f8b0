/// <reference path="./svgdom.d.ts" />

import {
  type DrawnText,
  fontFaceCss as fontFaceRules,
  fontFamily,
  fontFamilyStackFor,
  loadFontData,
  type Measurer,
  subsetFontFileSync,
} from '@roadmapkit/fonts';
import type { PositionedRoadmap } from '@roadmapkit/layout';
import type { RoadmapDocument } from '@roadmapkit/schema';
import { createSVGWindow } from 'svgdom';
import { assertSafe } from './assert-safe.js';
import { defaultMeasurer } from './default-measurer.js';
import { drawEmojiLines, hasEmoji } from './emoji-lines.js';
import { pageText, uniqueGraphemes } from './html/page-fonts.js';
import type { ChangeMarks } from './svg/change-marks.js';
import { renderSvgWith } from './svg/render-svg-core.js';
import { svgdomMarkup } from './svg/serialize.js';
import type { ThemeInput } from './theme.js';

export interface RenderSvgOptions {
  /** The document the layout came from: accessible names, the description and content links. */
  readonly roadmap?: RoadmapDocument;
  /** light (default), dark, auto (both, switched by prefers-color-scheme) or a custom theme. */
  readonly theme?: ThemeInput | 'auto';
  /**
   * `@font-face` rules to put in the SVG: `await embeddedFontCss(positioned, { measurer })`
   * gives WOFF2 subsets of every font of the chain that draws the picture's text.
   */
  readonly fontFaceCss?: string;
  /**
   * Embed Inter alone, as TrueType subsets made by hb-subset, synchronously (browsers accept
   * them). Prefer `fontFaceCss`: it covers every font of the chain, as smaller WOFF2 files.
   */
  readonly embedFonts?: boolean;
  /** Where a node with content but no URL links to (the HTML page passes `#topic-<id>`). */
  readonly contentHref?: (id: string) => string | undefined;
  /**
   * Marks for a picture of a change, by node id: `added` boxes outlined green, `changed`
   * amber, `removed` drawn as dashed ghosts; a key is drawn under the picture.
   */
  readonly marks?: ChangeMarks;
  /**
   * The measurer the layout used: the families of its own fallback fonts (the user's font
   * files) join the SVG's named font stack after Inter, in the order the measurer tries them.
   */
  readonly measurer?: Measurer;
}

/** The family names of a CSS `font-family` value (quotes removed). */
function familyNames(stack: string): string[] {
  return stack.split(',').map((name) => name.trim().replace(/^'(.*)'$/, '$1'));
}

/**
 * The SVG's `font-family`: the stack for the locale, with the measurer's families that it
 * does not name (the user's fonts) after Inter, named as `fontFaceCss` names them.
 */
function fontStack(locale: string | undefined, measurer: Measurer | undefined): string {
  const base = fontFamilyStackFor(locale);
  const own = measurer?.fontFamilyStack?.();
  if (own === undefined) return base;
  const known = new Set(familyNames(base));
  const extra = familyNames(own)
    .map((name) => name.replace(/['\\]/g, ''))
    .filter((name) => name !== '' && !known.has(name));
  if (extra.length === 0) return base;
  const quoted = [...new Set(extra)].map((name) => `'${name}'`).join(', ');
  return `${fontFamily}, ${quoted}${base.slice(fontFamily.length)}`;
}

/** Every text the picture draws, with its weight, to subset the fonts to. */
function drawnText(positioned: PositionedRoadmap): DrawnText[] {
  const parts: DrawnText[] = [];
  const add = (lines: ReadonlyArray<{ text: string }>, weight: 'regular' | 'bold') => {
    for (const line of lines) parts.push({ text: line.text, weight });
  };
  add(positioned.title.lines, 'bold');
  for (const callout of positioned.callouts) {
    add(callout.lines, 'regular');
    add(callout.link.lines, 'bold');
  }
  for (const item of positioned.legend?.items ?? []) add(item.lines, 'regular');
  for (const section of positioned.sections) add(section.lines, 'bold');
  for (const node of positioned.nodes) {
    add(node.lines, node.font.weight);
    for (const item of node.items ?? []) add(item.lines, item.font.weight);
    if (node.tag) add(node.tag.lines, 'regular');
  }
  return parts;
}

/**
 * `@font-face` rules for the SVG (pass them as `fontFaceCss`) or the HTML page: every font of
 * the measurer's chain that draws the picture's text, as a WOFF2 subset (hb-subset) to the
 * characters it draws. Use the measurer the layout used, so the browser draws with the fonts
 * that measured. With `page`, the reader page's own text is covered too. An empty string when
 * no text is drawn.
 */
export function embeddedFontCss(
  positioned: PositionedRoadmap,
  options: {
    readonly measurer?: Measurer;
    /** Also cover the text of this document's reader page (renderHtml), in both weights. */
    readonly page?: RoadmapDocument;
  } = {},
): Promise<string> {
  const texts = drawnText(positioned);
  if (options.page) {
    const text = uniqueGraphemes(pageText(options.page));
    texts.push({ text, weight: 'regular' }, { text, weight: 'bold' });
  }
  return fontFaceRules(texts, options.measurer ?? defaultMeasurer());
}

function legacyFontFaceCss(positioned: PositionedRoadmap): string {
  const text = drawnText(positioned)
    .map((part) => part.text)
    .join('');
  const fonts = loadFontData();
  const face = (data: Uint8Array, weight: number) =>
    `@font-face { font-family: ${fontFamily}; font-weight: ${weight}; src: url(data:font/ttf;base64,${Buffer.from(subsetFontFileSync(data, text)).toString('base64')}) format('truetype') }`;
  return `${face(fonts.regular, 400)}\n${face(fonts.bold, 700)}\n`;
}

/**
 * Draws a positioned roadmap as an SVG string, with @svgdotjs/svg.js on svgdom. The same
 * input gives the same bytes; every user string is escaped; no script, no event handler.
 */
export function renderSvg(positioned: PositionedRoadmap, options: RenderSvgOptions = {}): string {
  const window = createSVGWindow();
  const svg = renderSvgWith(window, positioned, {
    fontFamily: fontStack(options.roadmap?.locale, options.measurer),
    markup: svgdomMarkup,
    ...(options.roadmap ? { roadmap: options.roadmap } : {}),
    ...(options.theme === undefined ? {} : { theme: options.theme }),
    ...(options.contentHref ? { contentHref: options.contentHref } : {}),
    ...(options.marks ? { marks: options.marks } : {}),
    ...(options.fontFaceCss !== undefined
      ? { fontFaceCss: options.fontFaceCss }
      : options.embedFonts
        ? { fontFaceCss: legacyFontFaceCss(positioned) }
        : {}),
  });
  // With its own fonts the picture must not need the viewer's: emoji are drawn as pictures.
  const embedded = options.fontFaceCss !== undefined || options.embedFonts === true;
  return assertSafe(
    embedded && hasEmoji(svg) ? drawEmojiLines(svg, options.measurer ?? defaultMeasurer()) : svg,
  );
}
