// The result of a layout: plain data, JSON-serialisable, in canvas pixels (y grows downward).
// `JSON.parse(JSON.stringify(positioned))` gives an equal object: optional fields are left out,
// never set to `undefined`, and every number is finite and rounded to two decimals.

/** A point on the canvas, in px. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned rectangle: its top-left corner and its size, in px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The font a piece of text was measured with (the family is `@roadmapkit/fonts`' Inter). */
export interface FontSpec {
  /** Font size in px. */
  readonly size: number;
  readonly weight: 'regular' | 'bold';
}

/**
 * One line of wrapped text, to be drawn with `text-anchor: start`: `x` is the left end of the
 * line, `y` its baseline and `width` its measured advance, so the line covers `[x, x + width]`.
 */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** A legend badge drawn on a corner of a node. */
export interface PositionedBadge {
  /** The id of the legend item the badge shows. */
  readonly legend: string;
  /** The corner it sits on, as written (default `right-top`). */
  readonly corner: 'right-top' | 'left-top' | 'right-center' | 'left-center';
  /** The centre of the badge: on the corner (or the middle of the side) of the node's box. */
  readonly center: Point;
  readonly radius: number;
}

/** A row inside a checklist or a group of links: an item with its own text lines. */
export interface PositionedItem {
  /** The checklist item's id (checklists only). */
  readonly id?: string;
  /** The link target (links only). */
  readonly url?: string;
  /** The row: the full width of the node's content box, as tall as the item's text. */
  readonly box: Box;
  /** The check box square drawn before a checklist item (checklists only). */
  readonly marker?: Box;
  readonly font: FontSpec;
  readonly lines: readonly TextLine[];
}

/** A short tag drawn across the top border of a button, such as "Free". */
export interface PositionedTag {
  readonly box: Box;
  readonly font: FontSpec;
  readonly lines: readonly TextLine[];
}

/** Colours an element sets for itself (passed through from the document, for the renderer). */
export interface NodeAppearance {
  readonly color?: string;
  readonly background?: string;
  readonly borderColor?: string;
}

/** The kinds of node a positioned roadmap holds (sections and lines have their own lists). */
export type PositionedNodeKind =
  | 'topic'
  | 'subtopic'
  | 'title'
  | 'paragraph'
  | 'button'
  | 'checklist'
  | 'label'
  | 'links';

/** A box on the canvas: a topic, a subtopic or an element. */
export interface PositionedNode {
  readonly id: string;
  readonly kind: PositionedNodeKind;
  /** The node's box. Boxes of an automatic layout never overlap. */
  readonly box: Box;
  /** The box less its padding: every text line lies inside it horizontally. */
  readonly content: Box;
  /** The font of `lines`. */
  readonly font: FontSpec;
  /** The label (or the heading of a checklist or links group), wrapped, with baselines. */
  readonly lines: readonly TextLine[];
  /** True when the document pinned the position, which was then kept exactly. */
  readonly pinned: boolean;
  /**
   * An automatic layout of a manual document: the id of the block of boxes its author placed
   * together (a panel with its buttons), moved as one with its offsets kept; the boxes of
   * one block may overlap as authored.
   */
  readonly group?: string;
  /** The topic or subtopic a subtopic hangs from. */
  readonly parent?: string;
  /** For subtopics and for elements placed beside a topic: the side of the spine. */
  readonly side?: 'left' | 'right';
  readonly badge?: PositionedBadge;
  /** Where the box links to. */
  readonly url?: string;
  /** Checklist items or links, one row each. */
  readonly items?: readonly PositionedItem[];
  /** A button's tag. */
  readonly tag?: PositionedTag;
  readonly appearance?: NodeAppearance;
}

/** An edge as an orthogonal polyline: every segment is horizontal or vertical. */
export interface PositionedEdge {
  readonly from: string;
  readonly to: string;
  readonly style: 'solid' | 'dashed' | 'dotted';
  /** `spine` (topic to next topic), `branch` (parent to subtopic) or `explicit` (from `edges`). */
  readonly origin: 'spine' | 'branch' | 'explicit';
  /** From a point on the border of `from`'s box to a point on the border of `to`'s box. */
  readonly points: readonly Point[];
}

/** A section: a frame drawn behind the topics it groups. */
export interface PositionedSection {
  readonly id: string;
  readonly box: Box;
  /** The topics it frames (none for a box pinned by the document). */
  readonly topics: readonly string[];
  /** True when the document pinned its position or size. */
  readonly pinned: boolean;
  readonly font: FontSpec;
  /** Its label at the top left, inside the frame (empty without a label). */
  readonly lines: readonly TextLine[];
  readonly appearance?: NodeAppearance;
}

/**
 * A frame drawn behind a group of subtopics: a subtopic with the subtopics hanging from it, or
 * a run of subtopics in two columns (automatic layout). It holds its members' boxes and the
 * frames of the groups inside it, and nothing else; frames of two groups nest or stand apart.
 */
export interface PositionedGroupFrame {
  /** The subtopic heading the group, or `grid:` and the first subtopic of a two-column run. */
  readonly id: string;
  readonly box: Box;
  /** The boxes it holds, nested groups' boxes too. */
  readonly members: readonly string[];
  /** The label of the subtopic heading the group, at the top of the frame (when it shows one). */
  readonly header?: PositionedFrameHeader;
}

/**
 * The header of a group's frame: the label of the subtopic the group hangs from, on one line
 * at the top left inside the frame (at the top right for a right-to-left label), above the
 * frame's boxes and clear of their badges. A label too long for the frame ends in "…".
 */
export interface PositionedFrameHeader {
  readonly font: FontSpec;
  readonly lines: readonly TextLine[];
  /** The area its text takes: from its line's top to its bottom, and its width. */
  readonly box: Box;
}

/** One entry of the legend: a badge followed by its label. */
export interface PositionedLegendItem {
  readonly id: string;
  readonly color: string;
  readonly shape: 'check-circle' | 'circle' | 'square' | 'diamond';
  readonly badge: { readonly center: Point; readonly radius: number };
  readonly lines: readonly TextLine[];
}

/** The legend box, at the top right of the canvas. */
export interface PositionedLegend {
  readonly box: Box;
  readonly font: FontSpec;
  readonly items: readonly PositionedLegendItem[];
}

/** The title block at the top: the document's first title element, or else its title. */
export interface PositionedTitle {
  /** The title element's id; absent when the block shows the document title. */
  readonly id?: string;
  readonly box: Box;
  readonly font: FontSpec;
  readonly lines: readonly TextLine[];
  readonly pinned: boolean;
  readonly appearance?: NodeAppearance;
}

/** A call-out under the title: its text, then its link on lines of its own. */
export interface PositionedCallout {
  readonly box: Box;
  readonly font: FontSpec;
  readonly lines: readonly TextLine[];
  readonly link: { readonly url: string; readonly lines: readonly TextLine[] };
}

/** A line element: drawn from one point to another, as the document pinned it. */
export interface PositionedLineElement {
  readonly id: string;
  readonly from: Point;
  readonly to: Point;
  readonly style: 'solid' | 'dashed' | 'dotted';
  readonly color?: string;
  readonly width?: number;
}

/** Why part of a layout is not what the document asked for. */
export type LayoutWarningCode =
  | 'duplicate-id'
  | 'edge-crosses-node'
  | 'edge-skipped'
  | 'label-overflow'
  | 'missing-glyph'
  | 'label-shrunk'
  | 'line-skipped'
  | 'missing-position'
  | 'pinned-overlap'
  | 'section-skipped';

export interface LayoutWarning {
  readonly code: LayoutWarningCode;
  /** The node, edge end or section concerned. */
  readonly id: string;
  readonly message: string;
}

/** A laid-out roadmap: everything a renderer needs to draw it, and nothing it must compute. */
export interface PositionedRoadmap {
  /** The version of this structure; it changes when a field changes meaning. */
  readonly format: 1;
  /** The document's id. */
  readonly id: string;
  /** The mode used: the document's `layout`, or the `layout` option. */
  readonly layout: 'auto' | 'manual';
  /** The canvas size in px: everything below lies in `[0, width] × [0, height]`. */
  readonly width: number;
  readonly height: number;
  /**
   * Where the canvas's top-left corner is in the document's coordinates: a pinned position
   * `p` is drawn at `p - origin`. It is `{ x: 0, y: 0 }` unless something had to be drawn
   * at negative coordinates (a node pinned there, or a title above manual content).
   */
  readonly origin: Point;
  readonly title: PositionedTitle;
  readonly callouts: readonly PositionedCallout[];
  /** Absent when the document has no legend. */
  readonly legend?: PositionedLegend;
  /** Topics, subtopics and elements, in document order. */
  readonly nodes: readonly PositionedNode[];
  /** The spine's edges, then the branches to subtopics, then the document's own edges. */
  readonly edges: readonly PositionedEdge[];
  readonly sections: readonly PositionedSection[];
  /** Frames behind groups of subtopics, outer frames before the frames inside them. */
  readonly groupFrames?: readonly PositionedGroupFrame[];
  readonly lineElements: readonly PositionedLineElement[];
  /** What could not be done as asked (a pinned overlap, an edge that had to cross a box…). */
  readonly warnings: readonly LayoutWarning[];
}
