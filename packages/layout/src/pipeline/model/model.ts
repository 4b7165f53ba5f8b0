import type { RoadmapDocument } from '@roadmapkit/schema';
import type {
  LayoutWarning,
  NodeAppearance,
  PositionedNodeKind,
} from '../../positioned-roadmap.js';
import type { AuthoredGroup } from './authored-groups.js';

export type Side = 'left' | 'right';
export type Element = NonNullable<RoadmapDocument['elements']>[number];
export type BadgeCorner = 'right-top' | 'left-top' | 'right-center' | 'left-center';

/** The text a node shows, before it is measured. */
export type NodeText =
  | { readonly kind: 'label'; readonly text: string }
  | {
      readonly kind: 'list';
      readonly heading: string | undefined;
      readonly items: ReadonlyArray<{
        readonly text: string;
        readonly id?: string;
        readonly url?: string;
      }>;
      readonly marker: boolean;
    };

/** A node of the document with what the layout needs to know about it. */
export interface ModelNode {
  readonly id: string;
  readonly kind: PositionedNodeKind;
  /** Its place in document order (topics with their subtopics, then elements). */
  readonly order: number;
  /** Topics and subtopics: the topic whose block holds them. */
  readonly topic: string | undefined;
  /** Subtopics: the topic or subtopic they hang from. */
  readonly parent: string | undefined;
  /** Subtopics hanging from this node, in document order. */
  readonly children: readonly string[];
  /** 0 for topics and elements, 1 for a topic's subtopics, and so on. */
  readonly depth: number;
  /** The side written on a first-level subtopic. */
  readonly authoredSide: Side | undefined;
  /** Elements: the id written in `near`. */
  readonly near: string | undefined;
  readonly position: { readonly x: number; readonly y: number } | undefined;
  readonly size: { readonly width: number; readonly height: number } | undefined;
  readonly legend: string | undefined;
  readonly badgeCorner: BadgeCorner | undefined;
  readonly url: string | undefined;
  readonly fontSize: number | undefined;
  readonly appearance: NodeAppearance | undefined;
  readonly text: NodeText;
  /** A button's tag. */
  readonly tag: string | undefined;
  /** The authored space between the border and the text (an imported editor's), else the theme's. */
  readonly padding?: { readonly x: number; readonly y: number } | undefined;
  /** A paragraph's or label's authored alignment, across and down its box. */
  readonly textAlign?: 'left' | 'center' | 'right' | undefined;
  readonly verticalAlign?: 'top' | 'middle' | 'bottom' | undefined;
}

export interface SectionModel {
  readonly id: string;
  readonly label: string | undefined;
  readonly topics: readonly string[];
  readonly position: { readonly x: number; readonly y: number } | undefined;
  readonly size: { readonly width: number; readonly height: number } | undefined;
  readonly fontSize: number | undefined;
  readonly appearance: NodeAppearance | undefined;
  /** Topics and subtopics the section frames besides its topics (an auto layout of a manual document). */
  readonly members?: readonly string[];
}

export interface EdgeModel {
  readonly from: string;
  readonly to: string;
  readonly style: 'solid' | 'dashed' | 'dotted';
  readonly origin: 'spine' | 'branch' | 'explicit';
}

/** Everything the layout reads from a document, checked and indexed. */
export interface LayoutModel {
  readonly doc: RoadmapDocument;
  /** Topics, subtopics and elements drawn as boxes, in document order (not the title block). */
  readonly nodes: readonly ModelNode[];
  readonly byId: ReadonlyMap<string, ModelNode>;
  /** Topic ids top to bottom: the spine, then topics left off it. */
  readonly bands: readonly string[];
  /** How many of `bands` are on the spine (the rest float below it). */
  readonly spineLength: number;
  /** The first title element, shown as the title block. */
  readonly titleElement: ModelNode | undefined;
  readonly sections: readonly SectionModel[];
  readonly edges: readonly EdgeModel[];
  readonly warnings: LayoutWarning[];
  /** An auto layout of a manual document: the boxes its author placed together, moved as one. */
  readonly groups: readonly AuthoredGroup[];
  /** An auto layout of a manual document: authored positions (and free lines) are left out. */
  readonly unpinned: boolean;
}
