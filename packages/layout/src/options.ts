import type { Measurer } from '@roadmapkit/fonts/measurer';

/** Font sizes in px, by the part of the roadmap they set. */
export interface FontSizes {
  /** The title block and extra title elements (bold). Default 28. */
  readonly title: number;
  /** Topics on the spine. Default 17. */
  readonly topic: number;
  /** Subtopics. Default 16. */
  readonly subtopic: number;
  /** Paragraphs, buttons, checklists, labels and links. Default 14. */
  readonly text: number;
  /** Legend entries. Default 13. */
  readonly legend: number;
  /** Section labels (bold). Default 14. */
  readonly section: number;
  /** Call-outs under the title. Default 14. */
  readonly callout: number;
  /** Button tags (bold). Default 11. */
  readonly tag: number;
  /** The headers of the frames around groups of subtopics. Default 12. */
  readonly frame: number;
}

/** Space inside a box, between its border and its text, in px. */
export interface Padding {
  /** Left and right. Default 12. */
  readonly x: number;
  /** Top and bottom. Default 6. */
  readonly y: number;
}

/** Distances between things, in px. */
export interface Gaps {
  /** Around everything, to the canvas edge. Default 24. */
  readonly margin: number;
  /** Between a topic's block (topic and subtopic columns) and the next one. Default 20, at least 8. */
  readonly band: number;
  /** Between a topic and its first subtopic column, and between columns. Default 32, at least 8. */
  readonly column: number;
  /** Between boxes stacked in a column. Default 8, at least 2. */
  readonly stack: number;
  /** Between the parts of the header (title, call-outs, legend). Default 16. */
  readonly header: number;
  /** Inside a section frame, around its topics. Default 16. */
  readonly section: number;
  /** Space kept between an edge and the boxes it goes around. Default 8. */
  readonly edge: number;
  /**
   * Inside the frame drawn around a nested group of subtopics or a two-column run, around its
   * boxes (automatic layout), 3 px more left and right for the badges on their corners; above
   * its boxes a frame with a header keeps one line of the header font, 1.5 px from the frame's
   * top and from the boxes, where that is more than the pad.
   * Default 6; 0 draws no frames.
   */
  readonly frame: number;
}

/** How to lay a roadmap out. Every field except `measurer` is optional. */
export interface LayoutOptions {
  /**
   * Measures and wraps text: `createMeasurer` from `@roadmapkit/fonts/measurer` (browser) or
   * `@roadmapkit/fonts` (Node). The renderer must draw with the same fonts.
   */
  readonly measurer: Measurer;
  /** Overrides the document's `layout`: `auto` computes positions, `manual` keeps them all. */
  readonly layout?: 'auto' | 'manual';
  /**
   * The width the automatic layout tries to stay within, in px: long runs of subtopics flow
   * into two columns while the picture stays this narrow (or no wider than the widest topic
   * block needs anyway). Default 1200.
   */
  readonly maxWidth?: number;
  /**
   * The width a label wraps at in a topic, subtopic, button or label, in px. Default 200. In an
   * automatic layout a subtopic grows up to 1.6 times as wide before it wraps, where its side
   * of the picture has the room (within `maxWidth`).
   */
  readonly maxLabelWidth?: number;
  /** The widest a line of a paragraph, checklist or links group may be, in px. Default 240. */
  readonly maxTextWidth?: number;
  /** The widest a line of the title or a call-out may be, in px. Default 560. */
  readonly maxTitleWidth?: number;
  /** The widest a legend label line may be, in px. Default 240. */
  readonly maxLegendWidth?: number;
  readonly fontSizes?: Partial<FontSizes>;
  readonly padding?: Partial<Padding>;
  readonly gaps?: Partial<Gaps>;
  /**
   * Whether the frame around a group of two or more subtopics hanging from a subtopic shows
   * that subtopic's label as its header, at the top of the frame (automatic layout). Default true.
   */
  readonly frameHeaders?: boolean;
  /** The radius of a legend badge, in px. Default 8. */
  readonly badgeRadius?: number;
  /**
   * Stops the layout: the returned promise rejects with `signal.reason`. The signal is read
   * between stages (elkjs computes synchronously inside one stage).
   */
  readonly signal?: AbortSignal;
  /**
   * The longest the layout may take, in ms; past it the promise rejects with a
   * `DOMException` named `TimeoutError`. Checked between stages, like `signal`: a stage that
   * has started runs to its end. For a hard stop, run the layout in a worker and terminate it.
   */
  readonly timeoutMs?: number;
}
