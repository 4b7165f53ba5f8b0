import type { ImportPath } from '../import-issue.js';
import type { BoxSide, Point, Size } from './geometry.js';
import type {
  BadgeCorner,
  ContentInput,
  EdgeStyle,
  ElementInput,
  FaqInput,
  LegendItemInput,
} from './model-types.js';
import type { Padding } from './padding.js';

/**
 * What a format reader hands to the assembler: every node with its final id and its
 * source geometry, the connections between them, and the document's metadata. The
 * assembler builds the tree, places what lacks a position and writes the document.
 */
export interface DraftItem {
  /** The id in the document (valid and unique). */
  readonly id: string;
  /** How messages name the item: `topic "Widgets" (node "a1")`. */
  readonly name: string;
  /** Where the item is in the source. */
  readonly path: ImportPath;
  /** Top-left in source coordinates; undefined when the source has none that is usable. */
  readonly position: Point | undefined;
  readonly size: Size;
  /** Where the source draws it: by `z` (roadmap.sh `zIndex`), then `index` (file order). */
  readonly layer?: { readonly z: number; readonly index: number };
}

/** A topic or subtopic box. */
export interface DraftBox extends DraftItem {
  readonly kind: 'topic' | 'subtopic';
  readonly label: string;
  readonly legend?: string;
  readonly badgeCorner?: BadgeCorner;
  readonly url?: string;
  readonly content?: ContentInput;
  /** The font size of the label in the source, in px. */
  readonly fontSize?: number;
  /** The box's own inset in the source (px), where it sets one. */
  readonly padding?: Padding;
  /**
   * How the source's own tree names the box (a migration-mapping key such as
   * `internet:dns`, a Balsamiq control name such as `100-web-servers:nginx`); its first
   * `:`-separated part names the topic a subtopic belongs to.
   */
  readonly treeKey?: string;
}

/**
 * A node outside the tree, written as the schema's element without position and size
 * (a section's `topics` are filled in by the assembler; a line keeps source `from`/`to`).
 */
export interface DraftElement extends DraftItem {
  readonly element: ElementInput;
}

/** A connection between two drafted nodes, by their document ids. */
export interface DraftLink {
  readonly name: string;
  readonly path: ImportPath;
  readonly from: string;
  readonly to: string;
  /** The side of each box the connection touches, where the source says. */
  readonly fromSide?: BoxSide | undefined;
  readonly toSide?: BoxSide | undefined;
  readonly style: EdgeStyle;
}

/** Document fields read from the source or the files beside it. */
export interface DraftMeta {
  readonly id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly updated?: string;
  readonly faq?: readonly FaqInput[];
}

export interface Draft {
  readonly boxes: readonly DraftBox[];
  readonly elements: readonly DraftElement[];
  readonly links: readonly DraftLink[];
  readonly legend: readonly LegendItemInput[];
  /** The top-left of the source's legend box, where it has one. */
  readonly legendAt?: Point;
  readonly meta: DraftMeta;
}
