import type { PositionedNode, PositionedRoadmap } from '@roadmapkit/layout';
import { type RoadmapDocument, toGraph } from '@roadmapkit/schema';
import { type Container, registerWindow, SVG, type Svg } from '@svgdotjs/svg.js';
import { xmlSafeText } from '../escape.js';
import {
  DARK_THEME,
  readableOn,
  resolveTheme,
  type Theme,
  type ThemeInput,
  toHex,
} from '../theme.js';
import { uiMessages } from '../ui-messages.js';
import type { NodeDrawing } from './box-node.js';
import { drawBoxNode } from './box-node.js';
import { drawButton } from './button.js';
import { drawCallout } from './callout.js';
import {
  CHANGE_KEY_HEIGHT,
  type ChangeMarks,
  drawChangeKey,
  drawChangeMarks,
} from './change-marks.js';
import type { DrawContext } from './context.js';
import { inDrawOrder } from './draw-order.js';
import { drawEdges } from './edge.js';
import { drawFreeLabel } from './free-label.js';
import { drawGroupFrames } from './group-frame.js';
import { drawItems } from './items.js';
import { drawLabel } from './label.js';
import { drawLegend } from './legend.js';
import { drawLineElement } from './line-element.js';
import { OWN_IDS } from './own-ids.js';
import { PaintClasses } from './paint-classes.js';
import { drawParagraph } from './paragraph.js';
import { drawSection } from './section.js';
import { drawSubtopic } from './subtopic.js';
import { themeStyle } from './theme-style.js';
import { drawTitle } from './title.js';
import { drawTopic } from './topic.js';

export interface SvgOptions {
  /** The document the layout came from: names, descriptions and content links come from it. */
  readonly roadmap?: RoadmapDocument;
  /** light (default), dark, auto (both, switched by prefers-color-scheme) or a custom theme. */
  readonly theme?: ThemeInput | 'auto';
  /** A `@font-face` rule with the subset fonts inside the SVG, so it looks the same anywhere. */
  readonly fontFaceCss?: string;
  /** The font-family value the text uses. */
  readonly fontFamily: string;
  /** Where a node with content but no URL links to (the HTML page passes `#topic-<id>`). */
  readonly contentHref?: (id: string) => string | undefined;
  /** Marks for a picture of a change, by node id, with a key under the picture. */
  readonly marks?: ChangeMarks;
  /** The markup of the drawn root (default: its `outerHTML`; Node passes `svgdomMarkup`). */
  readonly markup?: (root: Svg['node']) => string;
}

type SvgWindow = NonNullable<Parameters<typeof registerWindow>[0]>;

/** Nodes in reading order: each spine topic followed by its subtopics, then everything else. */
function readingOrder(
  positioned: PositionedRoadmap,
  roadmap: RoadmapDocument | undefined,
): PositionedNode[] {
  const children = new Map<string, PositionedNode[]>();
  for (const node of positioned.nodes) {
    if (node.parent === undefined) continue;
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  const byId = new Map(positioned.nodes.map((node) => [node.id, node]));
  const spine = roadmap
    ? toGraph(roadmap).spine
    : positioned.nodes.filter((n) => n.kind === 'topic').map((n) => n.id);
  const ordered: PositionedNode[] = [];
  const seen = new Set<string>();
  const visit = (node: PositionedNode | undefined) => {
    if (!node || seen.has(node.id)) return;
    seen.add(node.id);
    ordered.push(node);
    for (const child of children.get(node.id) ?? []) visit(child);
  };
  for (const id of spine) visit(byId.get(id));
  for (const node of positioned.nodes) visit(node);
  return ordered;
}

/**
 * Draws a positioned roadmap into a fresh SVG root of the given window (svgdom in Node, the
 * real one in a browser) and returns its markup.
 */
export function renderSvgWith(
  window: SvgWindow,
  positioned: PositionedRoadmap,
  options: SvgOptions,
): string {
  const document = window.document;
  registerWindow(window, document);
  const mode = options.theme === 'auto' ? 'auto' : 'fixed';
  const theme: Theme = resolveTheme(
    options.theme === 'auto' ? 'light' : options.theme,
    options.roadmap,
  );
  const ctx: DrawContext = {
    theme,
    fontFamily: options.fontFamily,
    contentHref: options.contentHref,
    messages: uiMessages(options.roadmap),
    paint: new PaintClasses(),
  };
  const c = theme.colors;
  const root = SVG(
    document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as Parameters<
      typeof SVG
    >[0],
  ) as Svg;
  const { width } = positioned;
  const height = positioned.height + (options.marks ? CHANGE_KEY_HEIGHT : 0);
  root.attr({
    xmlns: 'http://www.w3.org/2000/svg',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${OWN_IDS.docTitle} ${OWN_IDS.docDesc}`,
    'font-family': options.fontFamily,
    ...(options.roadmap?.locale ? { lang: options.roadmap.locale } : {}),
  });
  const titleText = options.roadmap?.title ?? positioned.title.lines.map((l) => l.text).join(' ');
  root.element('title').attr({ id: OWN_IDS.docTitle }).words(xmlSafeText(titleText));
  const description =
    options.roadmap?.description ??
    `A roadmap of ${positioned.nodes.filter((n) => n.kind === 'topic').length} topics.`;
  root.element('desc').attr({ id: OWN_IDS.docDesc }).words(xmlSafeText(description));
  // Filled once everything is drawn: the paint classes, then the fonts, then the dark theme
  // (its rules outrank the paint classes by coming later, or by more specific selectors).
  const style = root.element('style');
  root.rect(width, height).attr({ class: ctx.paint.with('rk-background', { fill: c.background }) });

  const sections = root.group().addClass('rk-sections');
  for (const section of positioned.sections) {
    drawSection(
      sections,
      section.id,
      section.box,
      section.lines,
      section.font.size,
      withAppearance(ctx, section.appearance),
    );
  }
  drawGroupFrames(root, positioned.groupFrames ?? [], ctx);
  const lines = root.group().addClass('rk-lines');
  for (const line of positioned.lineElements) {
    drawLineElement(
      lines,
      { ...line, color: line.color ? toHex(line.color) : c.edge, width: line.width ?? 3.5 },
      ctx,
    );
  }
  const edges = root.group().addClass('rk-edges');
  drawEdges(edges, positioned.edges, ctx);

  const header = root.group().addClass('rk-header');
  drawTitle(header, positioned.title.lines, positioned.title.font.size, ctx);
  for (const callout of positioned.callouts)
    drawCallout(header, callout.lines, callout.link, callout.font.size, ctx);
  const legendItems = new Map((positioned.legend?.items ?? []).map((item) => [item.id, item]));
  const legendLabels = new Map(
    (options.roadmap?.legend ?? []).map((item) => [item.id, item.label]),
  );
  if (positioned.legend) {
    drawLegend(
      header,
      positioned.legend.box,
      positioned.legend.items.map((item) => ({
        id: item.id,
        label: legendLabels.get(item.id) ?? item.lines.map((l) => l.text).join(' '),
        color: readableOn(item.color, c.background),
        shape: item.shape,
        x: item.badge.center.x,
        y: item.badge.center.y,
        lines: item.lines,
      })),
      positioned.legend.font.size,
      ctx,
    );
  }

  const labels = nodeLabels(options.roadmap);
  if (options.marks) drawChangeMarks(root, positioned, options.marks, 'under', ctx);
  const nodes = root.group().addClass('rk-nodes');
  const order = inDrawOrder(readingOrder(positioned, options.roadmap), options.roadmap?.drawOrder);
  for (const node of order) {
    const legend = node.badge ? legendItems.get(node.badge.legend) : undefined;
    const drawing: NodeDrawing = {
      id: node.id,
      box: node.box,
      lines: node.lines,
      fontSize: node.font.size,
      fontWeight: node.font.weight,
      url: node.url,
      label: labels.get(node.id)?.label ?? node.lines.map((l) => l.text).join(' '),
      hasContent: labels.get(node.id)?.hasContent ?? false,
      badge:
        node.badge === undefined
          ? undefined
          : {
              x: node.badge.center.x,
              y: node.badge.center.y,
              color: readableOn(legend ? legend.color : '#999999', c.background),
              shape: legend?.shape ?? 'check-circle',
              label: legendLabels.get(node.badge.legend) ?? node.badge.legend,
            },
    };
    drawNode(nodes, node, drawing, withAppearance(ctx, node.appearance));
  }
  if (options.marks) {
    drawChangeMarks(root, positioned, options.marks, 'over', ctx);
    drawChangeKey(root, positioned.height, ctx);
  }
  style.words(
    [ctx.paint.css(), options.fontFaceCss ?? '', mode === 'auto' ? themeStyle(DARK_THEME) : '']
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .join('\n'),
  );
  // The markup of the DOM as drawn: svg.js's `svg()` would first walk every element to write
  // its bookkeeping data (`data-svgjs`), which our drawing never leaves set.
  return options.markup ? options.markup(root.node) : root.node.outerHTML;
}

function drawNode(
  parent: Container,
  node: PositionedNode,
  drawing: NodeDrawing,
  ctx: DrawContext,
): void {
  const c = ctx.theme.colors;
  switch (node.kind) {
    case 'topic':
      drawTopic(parent, drawing, ctx);
      return;
    case 'subtopic':
      drawSubtopic(parent, drawing, ctx);
      return;
    case 'button': {
      drawButton(parent, drawing, ctx);
      if (node.tag) {
        const tag = parent.group().addClass('rk-tag').attr({ 'aria-hidden': 'true' });
        tag
          .rect(node.tag.box.width, node.tag.box.height)
          .move(node.tag.box.x, node.tag.box.y)
          .attr({ class: ctx.paint.of({ fill: c.topic }), rx: 4 });
        drawLabel(
          tag,
          node.tag.lines,
          { size: node.tag.font.size, weight: node.tag.font.weight, color: c.topicText },
          ctx,
        );
      }
      return;
    }
    case 'paragraph':
      drawParagraph(parent, drawing, ctx);
      return;
    case 'label':
      drawFreeLabel(parent, drawing, ctx);
      return;
    case 'title':
      drawBoxNode(
        parent,
        drawing,
        { className: 'rk-title-element', fill: 'none', text: c.title, stroke: undefined },
        ctx,
      );
      return;
    case 'checklist':
    case 'links': {
      drawBoxNode(
        parent,
        { ...drawing, url: undefined, hasContent: false },
        {
          className: `rk-${node.kind}`,
          fill: c.paragraph,
          text: c.text,
          stroke: c.border,
          strokeWidth: 1.5,
        },
        ctx,
      );
      drawItems(parent, node.items ?? [], c.text, ctx);
      return;
    }
  }
}

/** Colours an element set for itself, over the theme's. */
function withAppearance(ctx: DrawContext, appearance: PositionedNode['appearance']): DrawContext {
  if (!appearance) return ctx;
  const colors = { ...ctx.theme.colors };
  if (appearance.background) {
    const fill = toHex(appearance.background);
    Object.assign(colors, {
      topic: fill,
      subtopic: fill,
      paragraph: fill,
      section: fill,
      button: fill,
    });
  }
  if (appearance.color) {
    const text = toHex(appearance.color);
    Object.assign(colors, {
      text,
      topicText: text,
      subtopicText: text,
      buttonText: text,
      title: text,
    });
  }
  if (appearance.borderColor) colors.border = toHex(appearance.borderColor);
  return { ...ctx, theme: { name: 'custom', colors } };
}

/** Each node's full label and whether it has content to link to, from the document. */
function nodeLabels(
  roadmap: RoadmapDocument | undefined,
): Map<string, { label: string; hasContent: boolean }> {
  const out = new Map<string, { label: string; hasContent: boolean }>();
  if (!roadmap) return out;
  type Tree = { id: string; label: string; content?: unknown; subtopics?: Tree[] | undefined };
  const walk = (node: Tree) => {
    out.set(node.id, { label: node.label, hasContent: node.content !== undefined });
    for (const child of node.subtopics ?? []) walk(child);
  };
  for (const topic of roadmap.topics) walk(topic as Tree);
  for (const element of roadmap.elements ?? []) {
    const label =
      'label' in element && typeof element.label === 'string'
        ? element.label
        : 'text' in element
          ? String(element.text)
          : element.id;
    out.set(element.id, { label, hasContent: false });
  }
  return out;
}
